// Package template: everything is in text_template.more.go, loaded with the
// rest of io and os when a program imports text/template (docs/stdlib.md).
package template
