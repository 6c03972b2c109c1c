// Tests: encoding/xml Decoder Token and RawToken streams (namespaces, procinst, directives, Strict, AutoClose, Entity, InputOffset, InputPos), CopyToken
package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE note [<!ENTITY x "y">]>
<r xmlns="urn:a" xmlns:p="urn:p" p:k="v">
  <p:c>text &amp; more</p:c><!-- com -->
  <e/><![CDATA[cd]]>
  <q:u xmlns:q="urn:q"/>
</r>`

func dump(name string, next func() (xml.Token, error), d *xml.Decoder) {
	fmt.Println("==", name)
	for {
		t, err := next()
		if err != nil {
			fmt.Println("err:", err, err == io.EOF)
			return
		}
		line, col := d.InputPos()
		fmt.Printf("%d %d:%d %T %v\n", d.InputOffset(), line, col, t, t)
	}
}

func main() {
	d := xml.NewDecoder(strings.NewReader(doc))
	dump("Token", d.Token, d)
	d = xml.NewDecoder(strings.NewReader(doc))
	dump("RawToken", d.RawToken, d)

	d = xml.NewDecoder(strings.NewReader(`<html><br><p>a &nbsp; b</html>`))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	dump("nonstrict", d.Token, d)

	d = xml.NewDecoder(strings.NewReader(`<a>x</a><b>`))
	dump("unclosed", d.Token, d)

	tok := xml.CopyToken(xml.CharData("abc"))
	fmt.Printf("%T %s\n", tok, tok)
	se := xml.StartElement{Name: xml.Name{Space: "s", Local: "l"}, Attr: []xml.Attr{{Name: xml.Name{Local: "a"}, Value: "b"}}}
	fmt.Println(se.Copy(), se.End())

	// Skip and DecodeElement
	d = xml.NewDecoder(strings.NewReader(`<r><skip><x/><y>1</y></skip><v>5</v></r>`))
	for {
		t, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		if s, ok := t.(xml.StartElement); ok {
			switch s.Name.Local {
			case "skip":
				fmt.Println("skip", d.Skip())
			case "v":
				var n int
				fmt.Println("decode", d.DecodeElement(&n, &s), n)
			}
		}
	}
}
