"use strict";
const { PolicyPack } = require("@pulumi/policy");
const { probe } = require("./probe");

new PolicyPack("dakar2026-engine-probe", { policies: [probe] });
