// Package json: everything is in encoding_json.more.go, loaded with the
// rest of io when a program imports encoding/json (docs/stdlib.md).
package json
