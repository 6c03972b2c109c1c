// Tests: reflect's Value.Seq/Seq2 (ints, named ints, slices, arrays, pointers to arrays, strings, maps, channels, range funcs), Slice3, and MapIter over NaN keys, deletions and SetIterKey/SetIterValue
package main

import (
	"fmt"
	"iter"
	"math"
	"reflect"
	"sort"
)

type myInt uint8

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	for v := range reflect.ValueOf(3).Seq() {
		fmt.Print(v.Type(), "=", v, " ")
	}
	for v := range reflect.ValueOf(myInt(2)).Seq() {
		fmt.Print(v.Type(), "=", v, " ")
	}
	fmt.Println()
	for i, v := range reflect.ValueOf([]string{"a", "b"}).Seq2() {
		fmt.Print(i, ":", v, " ")
	}
	arr := [3]int{7, 8, 9}
	for i, v := range reflect.ValueOf(&arr).Seq2() {
		fmt.Print(i, ":", v, " ")
	}
	for i := range reflect.ValueOf(&arr).Seq() {
		fmt.Print(i, " ")
	}
	for i, r := range reflect.ValueOf("héllo").Seq2() {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range reflect.ValueOf(ch).Seq() {
		fmt.Print(v, " ")
	}
	var seq iter.Seq[string] = func(yield func(string) bool) {
		for _, s := range []string{"x", "y", "z"} {
			if !yield(s) {
				return
			}
		}
	}
	for v := range reflect.ValueOf(seq).Seq() {
		fmt.Print(v, " ")
		if v.String() == "y" {
			break
		}
	}
	var seq2 iter.Seq2[int, bool] = func(yield func(int, bool) bool) {
		yield(1, true)
	}
	for k, v := range reflect.ValueOf(seq2).Seq2() {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
	fmt.Println(reflect.TypeOf(seq).CanSeq(), reflect.TypeOf(seq).CanSeq2(), reflect.TypeOf(seq2).CanSeq2(),
		reflect.TypeOf(&arr).CanSeq(), reflect.TypeOf(&arr).CanSeq2(), reflect.TypeOf(main).CanSeq())
	m := map[string]int{"one": 1}
	keys := []string{}
	for k, v := range reflect.ValueOf(m).Seq2() {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	fmt.Println(keys)
	try("Seq of float", func() { reflect.ValueOf(1.5).Seq() })
	try("Seq2 of int", func() { reflect.ValueOf(1).Seq2() })

	// Slice3.
	s := []int{0, 1, 2, 3, 4, 5}
	t := reflect.ValueOf(s).Slice3(1, 3, 4)
	fmt.Println(t, t.Len(), t.Cap())
	t.Index(0).SetInt(100)
	fmt.Println(s)
	a := [4]byte{'a', 'b', 'c', 'd'}
	u := reflect.ValueOf(&a).Elem().Slice3(1, 2, 3)
	fmt.Println(u.Type(), u.Len(), u.Cap(), u.Bytes())
	u.Index(0).SetUint('Z')
	fmt.Println(string(a[:]))
	try("Slice3 unaddressable", func() { reflect.ValueOf(a).Slice3(0, 1, 2) })
	try("Slice3 bounds", func() { reflect.ValueOf(s).Slice3(0, 3, 2) })
	try("Slice3 cap", func() { reflect.ValueOf(s).Slice3(0, 1, 7) })
	try("Slice3 string", func() { reflect.ValueOf("abc").Slice3(0, 1, 2) })

	// MapIter reaches NaN keys, skips deleted entries.
	fm := map[float64]string{math.NaN(): "nan1", 1: "one", math.NaN(): "nan2"}
	var got []string
	it := reflect.ValueOf(fm).MapRange()
	for it.Next() {
		got = append(got, fmt.Sprint(it.Key(), "=", it.Value()))
	}
	sort.Strings(got)
	fmt.Println(got, len(got))
	dm := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	n := 0
	it = reflect.ValueOf(dm).MapRange()
	for it.Next() {
		n++
		for k := range dm {
			if k != int(it.Key().Int()) {
				delete(dm, k)
			}
		}
	}
	fmt.Println(n, len(dm))
	try("Next after end", func() { it.Next() })
	try("Key after end", func() { it.Key() })
	try("Value before Next", func() { reflect.ValueOf(dm).MapRange().Value() })
	try("Next without map", func() { new(reflect.MapIter).Next() })
	it.Reset(reflect.ValueOf(map[string]bool{"k": true}))
	var k string
	var b bool
	kv := reflect.ValueOf(&k).Elem()
	bv := reflect.ValueOf(&b).Elem()
	for it.Next() {
		kv.SetIterKey(it)
		bv.SetIterValue(it)
	}
	fmt.Println(k, b)
	try("SetIterKey after end", func() { kv.SetIterKey(it) })
	try("SetIterKey unaddressable", func() {
		it := reflect.ValueOf(map[string]bool{"k": true}).MapRange()
		it.Next()
		reflect.ValueOf(k).SetIterKey(it)
	})
}
