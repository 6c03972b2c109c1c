// Package xml: everything is in encoding_xml.more.go, loaded with the
// rest of io when a program imports encoding/xml (docs/stdlib.md).
package xml
