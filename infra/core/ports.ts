/**
 * Ports that must never face the internet: remote administration and data services. The network
 * parser refuses them as edge listener ports, and the pack's internet-exposure guardrails get the
 * same list through the generated pack configuration, so the two cannot disagree.
 */
export const NEVER_INTERNET_FACING: Readonly<Record<number, string>> = {
    22: "SSH",
    23: "Telnet",
    135: "Windows RPC",
    139: "NetBIOS",
    445: "SMB",
    1433: "SQL Server",
    1521: "Oracle",
    2375: "Docker API",
    2376: "Docker API (TLS)",
    3306: "MySQL",
    3389: "RDP",
    5432: "PostgreSQL",
    5900: "VNC",
    5985: "WinRM",
    5986: "WinRM (TLS)",
    6379: "Redis",
    9200: "Elasticsearch",
    11211: "Memcached",
    27017: "MongoDB",
};

export const NEVER_INTERNET_FACING_PORTS: readonly number[] = Object.keys(NEVER_INTERNET_FACING).map(Number);
