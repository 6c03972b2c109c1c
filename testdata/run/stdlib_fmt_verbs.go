// Tests: fmt verbs, flags, widths, bad verbs, structs, maps, byte slices and Stringers, as Printf prints them.
package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X   int
	Y   int
	Tag string
}

type S string

func (s S) String() string { return strings.ToUpper(string(s)) }

type Code int
type Reason string

type Inner struct {
	N  float64
	hi S
	Lo S
}

func main() {
	fmt.Println(1, "a", 2.5, nil, true, int8(-3), uint64(18446744073709551615), float32(0.1), 'x')
	p := Point{1, 2, "a"}
	fmt.Printf("%v|%+v|%#v|%v|%+v\n", p, p, p, &p, &p)
	fmt.Printf("%T|%T|%T|%T\n", p, &p, []Point{}, map[string][]int{})
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v|%#v\n", map[int]string{3: "c", -1: "z", 2: "b"}, map[string]bool{"y": true, "x": false})
	b := []byte("hi\n")
	fmt.Printf("%s|%x|%X|%q|%v|%#v|% x\n", b, b, b, b, b, b, b)
	fmt.Println([]any{1, "a", nil, 2.5, S("q")}, []S{"a", "b"})
	fmt.Printf("%v|%s|%d|%q|%x\n", S("ab"), S("ab"), S("ab"), S("ab"), S("ab"))
	fmt.Println(Inner{1.5, "x", "y"}, &Inner{2, "u", "v"})
	fmt.Printf("%+v|%#v\n", Inner{1.5, "x", "y"}, Inner{1.5, "x", "y"})
	fmt.Printf("%d|%s|%z|%!|%d %d|%.2f|%5.1f|%-5d|%05d|%+d|%x|%o|%b|%c|%U|%e|%E|%g|%G|%t|%8.3s|\n", "x", 3, 4, 5, 6, 3.14159, 2.25, 42, 42, 42, 255, 8, 5, 'A', 'A', 1234.5678, 1234.5678, 1e21, 1e-7, true, "abcdef")
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%v %v %v\n", Code(404), Reason("r"), [3]int{1, 2, 3})
	fmt.Printf("%6.2v|%v|%v|%v|%v\n", 3.14159, 1e6, 1e20, 1e21, 123456789.0)
	fmt.Print("a", 1, 2, "b", 3.0, "\n")
	fmt.Print(1, 2, "\n")
	var np *Point
	var e error
	fmt.Println(np, e, []int(nil), map[string]int(nil))
	fmt.Printf("%#v %#v %#v %#v %#v\n", []int(nil), map[string]int(nil), "s", 42, np)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Println(struct{}{}, [2]bool{true}, [][]int{{1}, {2, 3}}, struct {
		A *int
		B []string
	}{nil, []string{"x"}})
	fmt.Printf("%x|%X|% X|%#x\n", "hello", []string{"ab", "c"}, "hi", "hi")
	fmt.Printf("%q|%+q|%#q|%q\n", "héllo\n", "héllo", "back`", 'x')
	fmt.Printf("%v|%.3v|%10v|%-10v|\n", "str", "string", "r", "l")
	fmt.Printf("%t|%v|%08.3f|%+.2e|% d\n", false, complex(1, -2), -3.14159, 12345.678, 5)
	fmt.Printf("%v %v %v\n", int64(-9223372036854775808), uint8(255), uintptr(10))
	fmt.Printf("%5t|%-7v|%3c|%-4q|\n", true, false, 'z', 'y')
	fmt.Printf("%08b|%o|%O|%#o|%#b\n", 5, 64, 64, 64, 5)
}
