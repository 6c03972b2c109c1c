// Tests: encoding/xml Marshaler, Unmarshaler, MarshalerAttr, UnmarshalerAttr and encoding.TextMarshaler/TextUnmarshaler on fields and attributes
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "unit"}, Value: "C"})
	return e.EncodeElement(fmt.Sprintf("%.1f", float64(c)), start)
}

func (c *Celsius) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	var f float64
	_, err := fmt.Sscanf(s, "%g", &f)
	*c = Celsius(f * 10)
	return err
}

type Flag bool

func (f Flag) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	if f {
		return xml.Attr{Name: name, Value: "yes"}, nil
	}
	return xml.Attr{}, nil
}

func (f *Flag) UnmarshalXMLAttr(attr xml.Attr) error {
	*f = attr.Value == "yes"
	return nil
}

type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }
func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToLower(string(b)))
	return nil
}

type Bad struct{}

func (Bad) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return fmt.Errorf("bad marshal")
}

type Reading struct {
	XMLName xml.Name `xml:"reading"`
	On      Flag     `xml:"on,attr"`
	Off     Flag     `xml:"off,attr"`
	Code    Upper    `xml:"code,attr"`
	Temp    Celsius  `xml:"temp"`
	Label   Upper    `xml:"label"`
}

func main() {
	r := Reading{On: true, Code: "ab", Temp: 21.55, Label: "hello"}
	out, err := xml.Marshal(r)
	fmt.Println(string(out), err)
	var back Reading
	err = xml.Unmarshal(out, &back)
	fmt.Printf("%v %+v\n", err, back)
	_, err = xml.Marshal(Bad{})
	fmt.Println(err)
	_, err = xml.Marshal(struct{ B Bad }{})
	fmt.Println(err)
}
