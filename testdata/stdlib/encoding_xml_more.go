// Tests: encoding/xml round trip of time.Time attributes (TextMarshaler), namespaced elements and attributes, nested self-typed fields, Decoder.Decode to EOF, invalid tag errors
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

type Ev struct {
	XMLName xml.Name  `xml:"ev"`
	When    time.Time `xml:"when,attr"`
	Dur     time.Duration
	NS      string `xml:"urn:x val"`
	Attr    string `xml:"urn:y a,attr"`
	Opt     *Ev    `xml:"ev,omitempty"`
	Iface   any
	Raw     struct {
		Inner string `xml:",innerxml"`
	} `xml:"raw"`
}

func main() {
	e := Ev{When: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), Dur: time.Second, NS: "n", Attr: "q", Opt: &Ev{NS: "c"}}
	out, err := xml.MarshalIndent(e, "", " ")
	fmt.Println(string(out), err)
	var back Ev
	fmt.Println(xml.Unmarshal(out, &back))
	fmt.Println(back.When, back.Dur, back.NS, back.Attr, back.Opt != nil, back.Opt.NS)
	d := xml.NewDecoder(strings.NewReader(`<a><b>1</b><b>2</b></a>`))
	var v struct {
		B []int `xml:"b"`
	}
	fmt.Println(d.Decode(&v), v)
	fmt.Println(d.Decode(&v))
	var big struct{ X []byte }
	fmt.Println(xml.Unmarshal([]byte(strings.Repeat("<X>", 3)+"q"+strings.Repeat("</X>", 3)), &big))
	type T struct {
		A string `xml:"a,attr"`
		B string `xml:"b,chardata,attr"`
	}
	_, err = xml.Marshal(T{})
	fmt.Println(err)
	fmt.Printf("%#v\n", xml.Name{Space: "s", Local: "l"})
	var se xml.SyntaxError = xml.SyntaxError{Msg: "m", Line: 3}
	fmt.Println(se.Error())
	fmt.Println((&xml.UnsupportedTypeError{}) != nil)
}
