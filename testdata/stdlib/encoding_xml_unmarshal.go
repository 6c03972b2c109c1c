// Tests: encoding/xml Unmarshal into structs (attr, chardata, innerxml, comment, any, a>b paths, XMLName checks), slices, pointers and its errors
package main

import (
	"encoding/xml"
	"fmt"
)

type Email struct {
	Where string `xml:"where,attr"`
	Addr  string
}

type Address struct {
	City, State string
}

type Result struct {
	XMLName xml.Name `xml:"Person"`
	Name    string   `xml:"FullName"`
	Phone   string
	Email   []Email
	Groups  []string `xml:"Group>Value"`
	Address
	Note    string   `xml:",comment"`
	Any     []string `xml:",any"`
	Attrs   []xml.Attr `xml:",any,attr"`
	Age     *int     `xml:"age"`
}

type Doc struct {
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

func main() {
	data := `
		<Person a="1" b="two">
			<FullName>Grace R. Emlin</FullName>
			<Company>Example Inc.</Company>
			<!-- remark -->
			<Email where="home">
				<Addr>gre@example.com</Addr>
			</Email>
			<Email where='work'>
				<Addr>gre@work.com</Addr>
			</Email>
			<Group>
				<Value>Friends</Value>
				<Value>Squash</Value>
			</Group>
			<City>Hanga Roa</City>
			<State>Easter Island</State>
			<age>33</age>
			<Other>o</Other>
		</Person>
	`
	v := Result{Name: "none", Phone: "none"}
	err := xml.Unmarshal([]byte(data), &v)
	fmt.Println(err)
	fmt.Printf("%q %q %v %q %+v %q %q %q %d\n", v.XMLName, v.Name, v.Phone, v.Email, v.Groups, v.Address, v.Note, v.Any, *v.Age)
	fmt.Println(v.Attrs)

	var d Doc
	fmt.Println(xml.Unmarshal([]byte(`<d>hi &amp; &lt;there&gt; &#65;&#x42; <![CDATA[<raw>]]><b>x</b></d>`), &d))
	fmt.Printf("%q %q\n", d.Text, d.Inner)

	// wrong root name
	fmt.Println(xml.Unmarshal([]byte(`<Other/>`), &v))
	// not a pointer
	fmt.Println(xml.Unmarshal([]byte(`<a/>`), v))
	fmt.Println(xml.Unmarshal([]byte(`<a/>`), nil))
	// numbers and bools
	var x struct {
		I int     `xml:"i"`
		U uint8   `xml:"u"`
		F float64 `xml:"f"`
		B bool    `xml:"b"`
	}
	fmt.Println(xml.Unmarshal([]byte(`<x><i> 12 </i><u>255</u><f>1e3</f><b>true</b></x>`), &x), x)
	fmt.Println(xml.Unmarshal([]byte(`<x><u>256</u></x>`), &x))
	fmt.Println(xml.Unmarshal([]byte(`<x><i>abc</i></x>`), &x))
	fmt.Println(xml.Unmarshal([]byte(`<x><b>maybe</b></x>`), &x))

	// syntax errors
	for _, s := range []string{
		``, `<a>`, `<a></b>`, `<a x=1/>`, `<a>&bogus;</a>`, `<a x="1" x="2"/>`, `</a>`,
		`<a><!-- x -- y --></a>`, `<a>]]></a>`, "<a>\x01</a>", `<a b="<"/>`, `<?xml version="1.1"?><a/>`,
		`<a>&#xZZ;</a>`, `<!DOCTYPE a><a/>`, `<a`, `<a><b></a>`,
	} {
		var any struct{}
		fmt.Printf("%q: %v\n", s, xml.Unmarshal([]byte(s), &any))
	}
	var se *xml.SyntaxError
	err = xml.Unmarshal([]byte("<a>\n<b></c>"), &struct{}{})
	se, _ = err.(*xml.SyntaxError)
	fmt.Println(se.Line, se.Msg)

	// slice of structs and strings at top
	var names []string
	fmt.Println(xml.Unmarshal([]byte(`<n>a</n>`), &names), names)
	var ptr *Address
	fmt.Println(xml.Unmarshal([]byte(`<Address><City>c</City></Address>`), &ptr), *ptr)
}
