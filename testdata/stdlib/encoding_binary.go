// Tests: encoding/binary: byte orders, Append*/Put*, varints and their errors, Read/Write/Size/Append of structs, arrays, slices and floats through reflect
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   [2]uint8
	Size    int64
	Ratio   float32
	Ok      bool
	_       [3]byte
}

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Println(b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]), binary.BigEndian.String(), binary.LittleEndian)
	b = binary.BigEndian.AppendUint64(nil, 1<<40+5)
	fmt.Println(b, binary.BigEndian.Uint64(b))
	vb := binary.AppendUvarint(nil, 300)
	fmt.Println(vb, binary.PutVarint(make([]byte, 10), -129))
	v, n := binary.Uvarint(vb)
	fmt.Println(v, n)
	iv, n := binary.Varint([]byte{0xff, 0x01})
	fmt.Println(iv, n, binary.MaxVarintLen64)
	var buf bytes.Buffer
	h := Header{Magic: 0xCAFEBABE, Version: 2, Flags: [2]uint8{1, 2}, Size: -5, Ratio: 1.5, Ok: true}
	err := binary.Write(&buf, binary.LittleEndian, h)
	fmt.Println(err, buf.Len(), binary.Size(h), buf.Bytes())
	var h2 Header
	err = binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2)
	fmt.Printf("%v %+v\n", err, h2)
	buf.Reset()
	binary.Write(&buf, binary.BigEndian, []uint16{1, 2, 3})
	binary.Write(&buf, binary.BigEndian, math.Pi)
	fmt.Println(buf.Bytes())
	var xs [3]uint16
	var f float64
	r := bytes.NewReader(buf.Bytes())
	binary.Read(r, binary.BigEndian, &xs)
	binary.Read(r, binary.BigEndian, &f)
	fmt.Println(xs, f)
	err = binary.Read(bytes.NewReader([]byte{1}), binary.BigEndian, &f)
	fmt.Println(err)
	err = binary.Write(&buf, binary.BigEndian, "string")
	fmt.Println(err)
	var i32 int32
	fmt.Println(binary.Read(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xfe}), binary.BigEndian, &i32), i32)
	out, err := binary.Append(nil, binary.LittleEndian, struct{ A, B uint16 }{1, 2})
	fmt.Println(out, err)
	uv, err := binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(uv, err)
}
