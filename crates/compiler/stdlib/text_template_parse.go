// Package parse: everything is in text_template_parse.more.go (it scans
// numbers with fmt.Sscan, whose part a .more.go file loads).
package parse
