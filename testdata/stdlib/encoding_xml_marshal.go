// Tests: encoding/xml Marshal and MarshalIndent with struct tags (attr, chardata, innerxml, comment, omitempty, a>b>c paths, XMLName), EscapeText and Encoder
package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	Id        int      `xml:"id,attr"`
	Lang      string   `xml:"lang,attr,omitempty"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string   `xml:",comment"`
	Emails  []string `xml:"contact>email"`
	Skip    string   `xml:"-"`
	Ptr     *int     `xml:"ptr"`
}

type Note struct {
	XMLName xml.Name `xml:"urn:notes note"`
	Text    string   `xml:",chardata"`
	Inner   string   `xml:",innerxml"`
}

type Mixed struct {
	A  int8
	B  uint64
	C  float64
	D  []byte
	E  [2]int
	F  any
	G  *string
	H  map[string]int `xml:"-"`
	Cd string         `xml:",cdata"`
}

func main() {
	n := 7
	v := &Person{Id: 13, FirstName: "John", LastName: "Doe", Age: 42, Married: false,
		Address: Address{"Hanga Roa", "Easter Island"}, Comment: " Need more details. ",
		Emails: []string{"a@b.c", "x<y>&z@q"}, Skip: "no", Ptr: &n}
	out, err := xml.MarshalIndent(v, " ", "  ")
	fmt.Println(string(out), err)
	out, err = xml.Marshal(v)
	fmt.Println(string(out), err)

	out, err = xml.Marshal(Note{Text: "a & b < c \"q\" 'x'\t\n\r", Inner: "<raw/>"})
	fmt.Println(string(out), err)

	s := "str"
	out, err = xml.Marshal(Mixed{A: -3, B: 1 << 63, C: 1.5e-7, D: []byte("bytes"), E: [2]int{1, 2}, F: 3.25, G: &s, Cd: "x]]>y"})
	fmt.Println(string(out), err)

	// errors
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	_, err = xml.Marshal(make(chan int))
	fmt.Println(err)
	_, err = xml.Marshal(struct {
		C string `xml:",comment"`
	}{"a--b"})
	fmt.Println(err)
	_, err = xml.Marshal(struct {
		A string `xml:"a>b"`
		B string `xml:"a"`
	}{})
	fmt.Println(err)
	out, err = xml.Marshal(42)
	fmt.Println(string(out), err)
	out, err = xml.Marshal(nil)
	fmt.Printf("%q %v\n", out, err)

	var buf bytes.Buffer
	xml.EscapeText(&buf, []byte("<a href=\"x\">&'\u00e9\x01</a>\n"))
	fmt.Println(buf.String())
	buf.Reset()
	xml.Escape(&buf, []byte("a\tb\nc"))
	fmt.Println(buf.String())

	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "\t")
	start := xml.StartElement{Name: xml.Name{Local: "root"}, Attr: []xml.Attr{{Name: xml.Name{Local: "k"}, Value: "v&"}}}
	fmt.Println(enc.EncodeToken(start))
	fmt.Println(enc.EncodeToken(xml.CharData("text")))
	fmt.Println(enc.EncodeToken(xml.Comment("c")))
	fmt.Println(enc.EncodeElement(3, xml.StartElement{Name: xml.Name{Local: "n"}}))
	fmt.Println(enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: "wrong"}}))
	fmt.Println(enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: "root"}}))
	fmt.Println(enc.Flush())
	fmt.Println()
	fmt.Println(enc.EncodeToken(xml.ProcInst{Target: "xml", Inst: []byte("version=\"1.0\"")}))
	fmt.Println(enc.Close())
	fmt.Println(enc.EncodeToken(xml.CharData("x")))
	fmt.Println(xml.Header)
}
