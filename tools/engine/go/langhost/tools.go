//go:build tools

// Package tools pins the Node.js language host that `npm run engine` builds from the Go module
// proxy. The proxy refuses the host's own module (sdk/nodejs/cmd/pulumi-language-nodejs/v3) in
// every version; sdk/v3 v3.68.0 is the last release that still carried the host as a package
// (it became a separate module in May 2023). It cannot share a go.mod with pkg/v3 v3.274.1,
// which needs sdk/v3 v3.274.1; hence a second wrapper module. docs/engine.md says what this old
// host can and cannot do.
package tools

import _ "github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs"
