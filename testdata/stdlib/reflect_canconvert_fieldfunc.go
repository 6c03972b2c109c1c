// Tests: reflect's Value.CanConvert (slice to array lengths), Type/Value.FieldByNameFunc (breadth first, matches at one depth cancel), FieldByName ambiguity, Type.ChanDir and ChanDir.String
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Inner struct {
	ID   int
	Note string
}

type Other struct {
	Note string
}

type Outer struct {
	Name string
	Inner
	*Other
	Count int
}

type Sink chan<- string

type Node struct {
	*Node
	Val int
}

func main() {
	s := reflect.ValueOf([]int{1, 2, 3})
	fmt.Println(s.CanConvert(reflect.TypeOf([3]int{})))
	fmt.Println(s.CanConvert(reflect.TypeOf([4]int{})))
	fmt.Println(s.CanConvert(reflect.TypeOf(&[2]int{})))
	fmt.Println(s.CanConvert(reflect.TypeOf(&[5]int{})))
	fmt.Println(reflect.ValueOf(3).CanConvert(reflect.TypeOf(1.5)))
	fmt.Println(reflect.ValueOf("x").CanConvert(reflect.TypeOf(1.5)))
	fmt.Println(reflect.ValueOf(65).CanConvert(reflect.TypeOf("")))

	t := reflect.TypeOf(Outer{})
	f, ok := t.FieldByNameFunc(func(n string) bool { return strings.HasPrefix(n, "Cou") })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByNameFunc(func(n string) bool { return n == "ID" })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByNameFunc(func(n string) bool { return n == "Note" })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByName("Note")
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByNameFunc(func(n string) bool { return strings.HasSuffix(n, "e") })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = reflect.TypeOf(Node{}).FieldByName("Missing")
	fmt.Println(f.Name, ok)

	v := reflect.ValueOf(Outer{Name: "o", Inner: Inner{ID: 7}})
	fmt.Println(v.FieldByNameFunc(func(n string) bool { return n == "ID" }))
	fmt.Println(v.FieldByNameFunc(func(n string) bool { return n == "Nope" }).IsValid())

	for _, d := range []reflect.ChanDir{reflect.RecvDir, reflect.SendDir, reflect.BothDir, 0, 7} {
		fmt.Println(d)
	}
	fmt.Println(reflect.TypeOf(make(<-chan int)).ChanDir())
	fmt.Println(reflect.TypeOf(Sink(nil)).ChanDir(), reflect.TypeOf(make(chan bool)).ChanDir())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.TypeOf("s").ChanDir()
	}()

	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.TypeOf(3).FieldByNameFunc(func(string) bool { return true })
}
