/**
 * Typed access to @pulumi/policy's `unknownCheckingProxy`. Version 1.21.0 ships an empty
 * `proxy.d.ts` although `index.d.ts` re-exports from it, so the names exist at run time but not in
 * the typings. Importing the deep module also avoids loading the gRPC server that `index.js` pulls in.
 */
interface ProxyModule {
    unknownCheckingProxy<T extends object>(target: T): T;
    UnknownValueError: new (message: string) => Error;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- see the header: no typings to import.
const proxy = require("@pulumi/policy/proxy") as ProxyModule;

export const unknownCheckingProxy = proxy.unknownCheckingProxy;
export const UnknownValueError = proxy.UnknownValueError;
