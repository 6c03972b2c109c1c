// Tests: arrays of numbers through encoding/binary, encoding/json, reflect, fmt verbs, println, pointers to arrays and new([N]T)
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

type Rec struct {
	ID   [2]uint16
	Vals [3]float64
	Flag [2]bool
	N    [2]int32
}

func main() {
	var buf bytes.Buffer
	r := Rec{ID: [2]uint16{1, 65535}, Vals: [3]float64{1.5, -2, 0}, Flag: [2]bool{true, false}, N: [2]int32{-1, 7}}
	if err := binary.Write(&buf, binary.LittleEndian, r); err != nil {
		fmt.Println(err)
	}
	fmt.Println(buf.Len(), buf.Bytes()[:8])
	var back Rec
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Println(back, back == r)
	var w [4]int64
	w[2] = -3
	buf.Reset()
	binary.Write(&buf, binary.BigEndian, w)
	fmt.Println(buf.Bytes())
	j, err := json.Marshal(r)
	fmt.Println(string(j), err)
	var r2 Rec
	err = json.Unmarshal([]byte(`{"ID":[3,4],"Vals":[0.25,1e3,-1],"Flag":[false,true],"N":[5]}`), &r2)
	fmt.Println(r2, err)
	var a [3]int
	json.Unmarshal([]byte(`[1,2,3,4]`), &a)
	fmt.Println(a)
	println(len(a))
	fmt.Fprintln(os.Stderr, a)
	var s []string
	for _, v := range a {
		s = append(s, strconv.Itoa(v))
	}
	fmt.Println(s)
	fmt.Printf("%v %.2f %6.1f %x %X %o %q\n", r.Vals, r.Vals, r.Vals, r.N, r.ID, a, a)
	fmt.Printf("%p\n", nil)
	var ptr *[3]int = &a
	fmt.Println(ptr[1], len(ptr))
	for i, v := range ptr {
		ptr[i] = v * 10
	}
	fmt.Println(a, *ptr)
	ptr2 := new([2]float32)
	ptr2[1] = 3.25
	fmt.Println(*ptr2)
}
