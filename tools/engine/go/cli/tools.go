//go:build tools

// Package tools pins the Pulumi CLI that `npm run engine` builds from the Go module proxy: a
// wrapper module, because `go install pkg@version` refuses pkg/v3 (its go.mod has replace
// directives, which a dependency's go.mod may have and the main module's build ignores).
package tools

import _ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
