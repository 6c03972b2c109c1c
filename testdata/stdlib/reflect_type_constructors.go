// Tests: reflect's ArrayOf, ChanOf, MapOf, SliceOf, FuncOf, PointerTo and StructOf make types the program never spells (identical to its own when it has them), usable with New, MakeMap, MakeSlice, MakeChan, MakeFunc, Convert and fmt, with Go's panics for bad input
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

type Point struct{ X, Y int }

func main() {
	intT := reflect.TypeOf(0)
	strT := reflect.TypeOf("")
	at := reflect.ArrayOf(5, intT)
	fmt.Println(at, at.Kind(), at.Len(), at.Size(), at == reflect.TypeOf([5]int{}))
	a := reflect.New(at).Elem()
	a.Index(2).SetInt(7)
	fmt.Println(a, a.Interface())
	fmt.Printf("%v %T\n", a.Interface(), a.Interface())

	mt := reflect.MapOf(strT, reflect.SliceOf(reflect.TypeOf(1.5)))
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf("pi"), reflect.ValueOf([]float64{3.14}))
	fmt.Println(mt, mt.Key(), mt.Elem(), m.Len(), m.Interface())
	fmt.Println(reflect.MapOf(strT, intT) == reflect.TypeOf(map[string]int{}))

	ct := reflect.ChanOf(reflect.BothDir, reflect.TypeOf(Point{}))
	fmt.Println(ct, reflect.ChanOf(reflect.RecvDir, intT), reflect.ChanOf(reflect.SendDir, ct), ct.ChanDir())
	c := reflect.MakeChan(ct, 1)
	c.Send(reflect.ValueOf(Point{1, 2}))
	got, ok := c.Recv()
	fmt.Println(got, ok, c.Type())

	ft := reflect.FuncOf([]reflect.Type{intT, reflect.SliceOf(strT)}, []reflect.Type{strT, reflect.TypeOf((*error)(nil)).Elem()}, true)
	fmt.Println(ft, ft.NumIn(), ft.NumOut(), ft.IsVariadic())
	fn := reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(fmt.Sprint(in[0], in[1])), reflect.Zero(ft.Out(1))}
	})
	out := fn.Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(out[0], out[1].IsNil())
	fmt.Printf("%T\n", fn.Interface())
	fmt.Println(reflect.FuncOf(nil, nil, false), reflect.FuncOf([]reflect.Type{intT}, []reflect.Type{intT}, false) == reflect.TypeOf(func(int) int { return 0 }))

	pt := reflect.PointerTo(at)
	fmt.Println(pt, pt.Elem() == at)

	st := reflect.StructOf([]reflect.StructField{
		{Name: "Height", Type: reflect.TypeOf(float64(0)), Tag: `json:"height"`},
		{Name: "Age", Type: intT, Tag: `json:"age"`},
		{Name: "Tags", Type: reflect.SliceOf(strT)},
	})
	fmt.Println(st, st.NumField(), st.Size(), st.Field(0).Tag.Get("json"), st.Field(2).Offset)
	v := reflect.New(st).Elem()
	v.Field(0).SetFloat(0.4)
	v.Field(1).SetInt(2)
	v.Field(2).Set(reflect.ValueOf([]string{"x"}))
	s := v.Addr().Interface()
	fmt.Printf("value: %+v\n", s)
	b, err := json.Marshal(s)
	fmt.Printf("json: %s %v\n", b, err)
	err = json.Unmarshal([]byte(`{"height":1.5,"age":10,"Tags":["a","b"]}`), s)
	fmt.Printf("value: %+v %v\n", s, err)
	same := reflect.StructOf([]reflect.StructField{{Name: "X", Type: intT}, {Name: "Y", Type: intT}})
	fmt.Println(same, same == reflect.TypeOf(struct{ X, Y int }{}), reflect.ValueOf(Point{3, 4}).Convert(same))
	emb := reflect.StructOf([]reflect.StructField{{Name: "Point", Type: reflect.TypeOf([2]int{}), Anonymous: true}})
	fmt.Println(emb, emb.Field(0).Anonymous)
	fmt.Println(reflect.StructOf(nil), reflect.DeepEqual(reflect.New(st).Elem().Interface(), reflect.Zero(st).Interface()))

	try("MakeChan of int", func() { reflect.MakeChan(intT, 0) })
	try("MakeChan negative", func() { reflect.MakeChan(ct, -1) })
	try("MakeChan recv-only", func() { reflect.MakeChan(reflect.ChanOf(reflect.RecvDir, intT), 0) })
	try("ArrayOf negative", func() { reflect.ArrayOf(-1, intT) })
	try("MapOf slice key", func() { reflect.MapOf(reflect.TypeOf([]int{}), intT) })
	try("ChanOf bad dir", func() { reflect.ChanOf(0, intT) })
	try("ChanOf big elem", func() { reflect.ChanOf(reflect.BothDir, reflect.ArrayOf(1<<16, reflect.TypeOf(byte(0)))) })
	try("FuncOf variadic", func() { reflect.FuncOf([]reflect.Type{intT}, nil, true) })
	try("FuncOf variadic empty", func() { reflect.FuncOf(nil, nil, true) })
	try("StructOf no name", func() { reflect.StructOf([]reflect.StructField{{Type: intT}}) })
	try("StructOf bad name", func() { reflect.StructOf([]reflect.StructField{{Name: "1x", Type: intT}}) })
	try("StructOf no type", func() { reflect.StructOf([]reflect.StructField{{Name: "A"}}) })
	try("StructOf dup", func() {
		reflect.StructOf([]reflect.StructField{{Name: "A", Type: intT}, {Name: "A", Type: strT}})
	})
	try("StructOf unexported", func() { reflect.StructOf([]reflect.StructField{{Name: "a", Type: intT}}) })
	try("StructOf anon pkgpath", func() {
		reflect.StructOf([]reflect.StructField{{Name: "A", Type: intT, Anonymous: true, PkgPath: "p"}})
	})
	try("StructOf pkgpaths", func() {
		reflect.StructOf([]reflect.StructField{{Name: "a", Type: intT, PkgPath: "p"}, {Name: "b", Type: intT, PkgPath: "q"}})
	})
	try("StructOf embedded **T", func() {
		reflect.StructOf([]reflect.StructField{{Name: "P", Type: reflect.TypeOf((**int)(nil)), Anonymous: true}})
	})
}
