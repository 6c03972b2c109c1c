// Package reflect: run-time reflection over gostack's type descriptors
// (the checker's type table) and values, through the natives in
// crates/runtime/src/natives/reflect.rs. The API, its checks and its panics
// follow Go 1.27's reflect (type.go, value.go, deepequal.go, swapper.go;
// Copyright The Go Authors, BSD-style licence); StructTag is Go's code.
//
// New types (FuncOf, StructOf, ...) are made at run time by
// natives/reflect.rs (see docs/divergences.md).
package reflect

import (
	"errors"
	"iter"
	"strconv"
)

// A Kind represents the specific kind of type that a [Type] represents.
// The zero Kind is not a valid kind.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the [Pointer] kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir             = 1 << iota // <-chan
	SendDir                                 // chan<-
	BothDir = RecvDir | SendDir             // chan
)

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	ChanDir() ChanDir
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	CanSeq() bool
	CanSeq2() bool
	Fields() iter.Seq[StructField]
	Methods() iter.Seq[Method]
	Ins() iter.Seq[Type]
	Outs() iter.Seq[Type]
	common() *rtype
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type // method type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// The natives over the type table (t is a type's index).
func rtypeOf(i any) int
func typeKind(t int) int
func typeNames(t int) (name, str, pkgPath string)
func typeElem(t int) int
func typeChanDir(t int) int
func typeKey(t int) int
func typeLen(t int) int
func typeNumField(t int) int
func typeField(t, i int) (name, pkgPath string, typ int, tag string, offset int, embedded bool)
func typeMethods(t int) (names []string, sigs []int)
func typeFunc(t int) (in, out []int, variadic bool)
func typeRelation(t, u, rel int) bool
func typeLayout(t int) (size, align int)
func typePtrTo(t int) int
func typeSliceOf(t int) int
func methodFuncType(t, sig int) int

// rtype is the one descriptor of each type, so that Types compare with ==.
type rtype struct {
	t int
}

var rtypes = map[int]*rtype{}

func toType(t int) Type {
	if t < 0 {
		return nil
	}
	return toRType(t)
}

func toRType(t int) *rtype {
	if r, ok := rtypes[t]; ok {
		return r
	}
	r := &rtype{t}
	rtypes[t] = r
	return r
}

// TypeOf returns the reflection [Type] that represents the dynamic type of i.
// If i is a nil interface value, TypeOf returns nil.
func TypeOf(i any) Type {
	return toType(rtypeOf(i))
}

// TypeFor returns the [Type] that represents the type argument T.
func TypeFor[T any]() Type {
	var v T
	if t := TypeOf(v); t != nil {
		return t
	}
	return TypeOf((*T)(nil)).Elem()
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) String() string {
	_, s, _ := typeNames(t.t)
	return s
}

func (t *rtype) Name() string {
	n, _, _ := typeNames(t.t)
	return n
}

func (t *rtype) PkgPath() string {
	_, _, p := typeNames(t.t)
	return p
}

func (t *rtype) Kind() Kind { return Kind(typeKind(t.t)) }

func (t *rtype) Size() uintptr {
	s, _ := typeLayout(t.t)
	return uintptr(s)
}

func (t *rtype) Align() int {
	_, a := typeLayout(t.t)
	return a
}

func (t *rtype) FieldAlign() int { return t.Align() }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

// ChanDir returns a channel type's direction.
// It panics if the type's Kind is not Chan.
func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(typeChanDir(t.t))
}

func (t *rtype) Elem() Type {
	return toType(elem(t))
}

func elem(t *rtype) int {
	e := typeElem(t.t)
	if e < 0 {
		panic("reflect: Elem of invalid type " + t.String())
	}
	return e
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(typeKey(t.t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.t)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.t) {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, typ, tag, off, emb := typeField(t.t, i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(typ), Tag: StructTag(tag), Offset: uintptr(off), Index: []int{i}, Anonymous: emb}
}

// FieldByIndex returns the nested field corresponding to index: Go's
// rtype.FieldByIndex and structType.FieldByIndex (type.go), where a step
// through an embedded *struct goes to the struct.
func (t *rtype) FieldByIndex(index []int) (f StructField) {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	f.Type = toType(t.t)
	for i, x := range index {
		if i > 0 {
			ft := f.Type
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
			f.Type = ft
		}
		f = f.Type.Field(x)
	}
	return
}

// FieldByName returns the struct field with the given name, looking
// through embedded structs breadth-first as Go does (the first found at
// the shallowest depth).
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	return t.fieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc returns the struct field with a name that satisfies
// the match function, searching breadth first: the fields of the struct,
// then those of its embedded structs. At the shallowest depth with a
// match, several matches cancel each other and none is returned.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	return t.fieldByNameFunc(match)
}

func (t *rtype) fieldByNameFunc(match func(string) bool) (StructField, bool) {
	type item struct {
		t     *rtype
		index []int
	}
	level := []item{{t, nil}}
	visited := map[*rtype]bool{}
	for len(level) > 0 {
		var next []item
		var found StructField
		count := 0
		for _, it := range level {
			if visited[it.t] {
				continue
			}
			visited[it.t] = true
			n := typeNumField(it.t.t)
			for i := 0; i < n; i++ {
				f := it.t.Field(i)
				index := append(append([]int(nil), it.index...), i)
				if match(f.Name) {
					count++
					if count == 1 {
						f.Index = index
						found = f
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.(*rtype)
					if ft.Kind() == Pointer {
						ft = ft.Elem().(*rtype)
					}
					if ft.Kind() == Struct {
						next = append(next, item{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

func (t *rtype) NumMethod() int {
	names, _ := typeMethods(t.t)
	return len(names)
}

func (t *rtype) Method(i int) Method {
	names, sigs := typeMethods(t.t)
	if i < 0 || i >= len(names) {
		panic("reflect: Method index out of range")
	}
	return t.method(names[i], sigs[i], i)
}

// method builds Method i: for an interface type the signature only; for
// another type Type and Func take the receiver as their first argument
// (a method expression, T.M).
func (t *rtype) method(name string, sig, i int) Method {
	m := Method{Name: name, Index: i}
	if !isExported(name) {
		m.PkgPath = t.PkgPath()
	}
	if t.Kind() == Interface {
		m.Type = toType(sig)
		return m
	}
	ft := methodFuncType(t.t, sig)
	if ft < 0 {
		// The program never spelled the type: the signature without receiver.
		ft = sig
	}
	m.Type = toType(ft)
	m.Func = Value{ok: true, typ: ft, val: vMethodExpr(t.t, ft, name), mfunc: name}
	return m
}

func isExported(name string) bool {
	return len(name) > 0 && name[0] >= 'A' && name[0] <= 'Z'
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	names, sigs := typeMethods(t.t)
	for i, n := range names {
		if n == name {
			return t.method(n, sigs[i], i), true
		}
	}
	return Method{}, false
}

func (t *rtype) funcParts(what string) (in, out []int, variadic bool) {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
	return typeFunc(t.t)
}

func (t *rtype) NumIn() int {
	in, _, _ := t.funcParts("NumIn")
	return len(in)
}

func (t *rtype) In(i int) Type {
	in, _, _ := t.funcParts("In")
	return toType(in[i])
}

func (t *rtype) NumOut() int {
	_, out, _ := t.funcParts("NumOut")
	return len(out)
}

func (t *rtype) Out(i int) Type {
	_, out, _ := t.funcParts("Out")
	return toType(out[i])
}

func (t *rtype) IsVariadic() bool {
	_, _, v := t.funcParts("IsVariadic")
	return v
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeRelation(t.t, u.common().t, 0)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return typeRelation(t.t, u.common().t, 1)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return typeRelation(t.t, u.common().t, 2)
}

func (t *rtype) Comparable() bool { return typeRelation(t.t, t.t, 3) }

// PointerTo returns the pointer type with element t.
// For example, if t represents type Foo, PointerTo(t) represents *Foo.
func PointerTo(t Type) Type {
	return made(typePtrTo(t.common().t))
}

// made is the Type of a type id a type constructor returned: the
// program's own type when it has it, else one made at run time (-1 when
// the room gostack reserves for those is used up).
func made(t int) Type {
	if t < 0 {
		panic("reflect: too many types made at run time (gostack reserves room for 4096)")
	}
	return toType(t)
}

// MakeFunc returns a new function of the given Type that wraps the
// function fn. When called, that new function converts its arguments to
// a slice of Values, runs results := fn(args), and returns the results
// as Values, one per formal result (makefunc.go).
//
// The func value is the native makeFuncStub bound to a *makeFuncImpl (its
// arity is the type's parameter count); the stub hands the boxed arguments
// to callReflect in a Go frame whose one []any result the VM spreads into
// the caller's result registers (NativeOut::CallSpread).
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common().t
	impl := &makeFuncImpl{ftyp: t, fn: fn, call: callReflect}
	return Value{ok: true, typ: t, val: bindMakeFunc(makeFuncStub, impl, t)}
}

// makeFuncImpl is the closure MakeFunc makes.
type makeFuncImpl struct {
	ftyp int
	fn   func([]Value) []Value
	// call is callReflect (the stub's native reaches it here).
	call func(*makeFuncImpl, []any) []any
}

// makeFuncStub is the code of every MakeFunc func value.
func makeFuncStub(impl *makeFuncImpl)

// bindMakeFunc returns stub (makeFuncStub) bound to impl, boxed as func
// type t.
func bindMakeFunc(stub func(*makeFuncImpl), impl *makeFuncImpl, t int) any

// funcName is Go's: it looks up runtime.FuncForPC of the funcval's
// address, which is no function's code, so it always says "closure".
func funcName(f func([]Value) []Value) string { return "closure" }

// callReflect converts a call of a MakeFunc func value (its arguments
// boxed as the parameter types) into a call of ctxt.fn with Values, and
// its results back (boxed as the result types). As in gc, it is a
// wrapper: tracebacks do not show it unless it panicked itself.
func callReflect(ctxt *makeFuncImpl, args []any) []any {
	ftyp := ctxt.ftyp
	f := ctxt.fn
	ins, outs, _ := typeFunc(ftyp)
	in := make([]Value, 0, len(ins))
	for i, typ := range ins {
		in = append(in, Value{ok: true, typ: typ, val: args[i]})
	}

	// Call underlying function.
	out := f(in)
	numOut := len(outs)
	if len(out) != numOut {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	ret := make([]any, numOut)
	for i, typ := range outs {
		v := out[i]
		if !v.ok {
			panic("reflect: function created by MakeFunc using " + funcName(f) +
				" returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using " + funcName(f) +
				" returned value obtained from unexported field")
		}
		// Convert v to type typ if v is assignable to a variable
		// of type t in the language spec.
		ret[i] = v.assignTo("reflect.MakeFunc", typ).val
	}
	return ret
}

// PtrTo is the old name for [PointerTo].
func PtrTo(t Type) Type { return PointerTo(t) }

// SliceOf returns the slice type with element type t.
// For example, if t represents int, SliceOf(t) represents []int.
func SliceOf(t Type) Type {
	return made(typeSliceOf(t.common().t))
}

// A StructTag is the tag string in a struct field.
//
// By convention, tag strings are a concatenation of
// optionally space-separated key:"value" pairs.
// Each key is a non-empty string consisting of non-control
// characters other than space (U+0020 ' '), quote (U+0022 '"'),
// and colon (U+003A ':').  Each value is quoted using U+0022 '"'
// characters and Go string literal syntax.
type StructTag string

// Get returns the value associated with key in the tag string.
// If there is no such key in the tag, Get returns the empty string.
// If the tag does not have the conventional format, the value
// returned by Get is unspecified. To determine whether a tag is
// explicitly set to the empty string, use [StructTag.Lookup].
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string.
// If the key is present in the tag the value (which may be empty)
// is returned. Otherwise the returned value will be the empty string.
// The ok return value reports whether the value was explicitly set in
// the tag string. If the tag does not have the conventional format,
// the value returned by Lookup is unspecified.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	// When modifying this code, also update the validateStructTag code
	// in cmd/vet/structtag.go.

	for tag != "" {
		// Skip leading space.
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}

		// Scan to colon. A space, a quote or a control character is a syntax error.
		// Strictly speaking, control chars include the range [0x7f, 0x9f], not just
		// [0x00, 0x1f], but in practice, we ignore the multi-byte control characters
		// as it is simpler to inspect the tag's bytes than the tag's runes.
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]

		// Scan quoted string to find value.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]

		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// The natives over values (see natives/reflect.rs for the boxes).
func vLoad(val, ptr any) any
func vLen(t int, val, ptr any) int
func vCap(t int, val, ptr any) int
func vIndex(t int, val, ptr any, i int) (et int, eval, eptr any)
func vField(t int, val, ptr any, i int) (ft int, fval, fptr any)
func vElem(t int, val, ptr any) (et int, eval, eptr any)
func vIsNil(val, ptr any) bool
func vIsZero(t int, val, ptr any) bool
func vStore(ptr, x any)
func vMapKeys(t int, val, ptr any) []any
func vMapIndex(t int, val, ptr, key any) (any, bool)
func vSetMapIndex(t int, val, ptr, key, elem any)
func vZero(t int) any
func vNew(t, pt int) any
func vMakeSlice(t, n, c int) any
func vMakeMap(t int) any
func vAppend(t int, val, ptr any, xs []any) any
func vMapClear(val, ptr any)

// DeepEqual reports whether x and y are "deeply equal" (Go's rules:
// same types; arrays, structs, slices, maps and pointees elementwise;
// funcs only when both nil; nil and empty slices or maps differ).
func DeepEqual(x, y any) bool

type flag uint

const (
	flagStickyRO flag = 1 << iota // obtained through an unexported non-embedded field
	flagEmbedRO                   // obtained through an unexported embedded field
	flagAddr                      // addressable
	flagMethod                    // a method value (Value.Method)

	// As in Go: read-only either way. Field clears flagEmbedRO, so an
	// exported field promoted from an unexported embedded struct is
	// settable.
	flagRO flag = flagStickyRO | flagEmbedRO
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  int  // the value's type
	val  any  // the value, boxed with type typ
	ptr  any  // a boxed pointer to it when addressable
	flag flag //
	ok   bool // false for the zero Value
	// mfunc names the method of Type.Method's Func, whose first argument
	// is the receiver.
	mfunc string
}

// A ValueError occurs when a Value method is invoked on
// a [Value] that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf returns a new Value initialized to the concrete value
// stored in the interface i. ValueOf(nil) returns the zero Value.
func ValueOf(i any) Value {
	t := rtypeOf(i)
	if t < 0 {
		return Value{}
	}
	return Value{ok: true, typ: t, val: i}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common().t
	return Value{ok: true, typ: t, val: vZero(t)}
}

// New returns a Value representing a pointer to a new zero value
// for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	pt := PointerTo(typ).common().t
	return Value{ok: true, typ: pt, val: vNew(typ.common().t, pt)}
}

// Indirect returns the value that v points to.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// MakeSlice creates a new zero-initialized slice value
// for the specified slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common().t
	return Value{ok: true, typ: t, val: vMakeSlice(t, len, cap)}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMap of non-map type")
	}
	t := typ.common().t
	return Value{ok: true, typ: t, val: vMakeMap(t)}
}

// MakeMapWithSize creates a new map with the specified type (the size
// hint is ignored).
func MakeMapWithSize(typ Type, n int) Value { return MakeMap(typ) }

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.flag.mustBe("reflect.Append", s.kind(), Slice)
	xs := make([]any, len(x))
	et := s.Type().Elem()
	for i, v := range x {
		v = v.assignTo("reflect.Append", et.common().t)
		xs[i] = v.val
	}
	return Value{ok: true, typ: s.typ, val: vAppend(s.typ, s.val, s.ptr, xs)}
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.flag.mustBe("reflect.AppendSlice", s.kind(), Slice)
	t.flag.mustBe("reflect.AppendSlice", t.kind(), Slice)
	xs := make([]Value, t.Len())
	for i := range xs {
		xs[i] = t.Index(i)
	}
	return Append(s, xs...)
}

// Copy copies the contents of src into dst until either
// dst has been filled or src has been exhausted; it returns the count.
func Copy(dst, src Value) int {
	n := min(dst.Len(), src.Len())
	for i := 0; i < n; i++ {
		dst.Index(i).Set(src.Index(i))
	}
	return n
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	return func(i, j int) {
		a, b := v.Index(i), v.Index(j)
		x, y := a.Interface(), b.Interface()
		a.Set(ValueOf(y))
		b.Set(ValueOf(x))
	}
}

func (v Value) kind() Kind {
	if !v.ok {
		return Invalid
	}
	return Kind(typeKind(v.typ))
}

// mustBe panics if v's kind is not k (Go's flag.mustBe; Go finds the
// method name with runtime.Callers).
func (f flag) mustBe(method string, kind, k Kind) {
	if kind != k {
		panic(&ValueError{Method: method, Kind: kind})
	}
}

// mustBeAssignable panics if v is not addressable or came through an
// unexported field (Go's messages).
func (f flag) mustBeAssignable(method string, valid bool) {
	if !valid || f&flagRO != 0 || f&flagAddr == 0 {
		f.mustBeAssignableSlow(method, valid)
	}
}

func (f flag) mustBeAssignableSlow(method string, valid bool) {
	if !valid {
		panic(&ValueError{Method: method, Kind: Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.ok }

// Kind returns v's Kind. If v is the zero Value, Kind returns Invalid.
func (v Value) Kind() Kind { return v.kind() }

// Type returns v's type.
func (v Value) Type() Type {
	if !v.ok {
		panic(&ValueError{Method: "reflect.Value.Type", Kind: Invalid})
	}
	return toType(v.typ)
}

// CanAddr reports whether the value's address can be obtained with [Value.Addr].
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether [Value.Interface] can be used without panicking.
// CanConvert reports whether the value v can be converted to type t.
// If v.CanConvert(t) returns true then v.Convert(t) will not panic.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	// Converting from slice to array or to pointer-to-array can panic
	// depending on the value.
	switch {
	case vt.Kind() == Slice && t.Kind() == Array:
		if t.Len() > v.Len() {
			return false
		}
	case vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array:
		n := t.Elem().Len()
		if n > v.Len() {
			return false
		}
	}
	return true
}

// FieldByNameFunc returns the struct field with a name
// that satisfies the match function.
// It panics if v's Kind is not [Struct].
// It returns the zero Value if no field was found.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	v.flag.mustBe("reflect.Value.FieldByNameFunc", v.kind(), Struct)
	if f, ok := toRType(v.typ).FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// String returns the channel direction as Go writes it in a type.
func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

func (v Value) CanInterface() bool {
	if !v.ok {
		panic(&ValueError{Method: "reflect.Value.CanInterface", Kind: Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if !v.ok {
		panic(&ValueError{Method: "reflect.Value.Interface", Kind: Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return vLoad(v.val, v.ptr)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := typePtrTo(v.typ)
	if pt < 0 {
		panic("reflect.Value.Addr: type *" + toType(v.typ).String() + " is not used by the program (gostack cannot make new types)")
	}
	return Value{ok: true, typ: pt, val: rebox(pt, v.ptr), flag: v.flag & flagRO}
}

func (v Value) Bool() bool {
	v.flag.mustBe("reflect.Value.Bool", v.kind(), Bool)
	return asBool(vLoad(v.val, v.ptr))
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return asInt64(vLoad(v.val, v.ptr))
	}
	panic(&ValueError{Method: "reflect.Value.Int", Kind: v.kind()})
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return uint64(asInt64(vLoad(v.val, v.ptr)))
	}
	panic(&ValueError{Method: "reflect.Value.Uint", Kind: v.kind()})
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32, Float64:
		return asFloat64(vLoad(v.val, v.ptr))
	}
	panic(&ValueError{Method: "reflect.Value.Float", Kind: v.kind()})
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64, Complex128:
		return asComplex128(vLoad(v.val, v.ptr))
	}
	panic(&ValueError{Method: "reflect.Value.Complex", Kind: v.kind()})
}

// asInt64, asFloat64, asComplex128 and asString read a boxed value of any
// type of their kind (the natives box it with its own type).
func asInt64(x any) int64
func asFloat64(x any) float64
func asComplex128(x any) complex128
func asString(x any) string
func asBool(x any) bool

// String returns the string v's underlying value, as a string.
// Unlike the other getters, it does not panic if v's Kind is not String;
// it returns a string of the form "<T Value>".
func (v Value) String() string {
	if v.kind() == String {
		return asString(vLoad(v.val, v.ptr))
	}
	if !v.ok {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Slice, Array, Chan, Map, String:
		return vLen(v.typ, v.val, v.ptr)
	case Pointer:
		if v.Type().Elem().Kind() == Array {
			return v.Type().Elem().Len()
		}
	}
	panic(&ValueError{Method: "reflect.Value.Len", Kind: v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Slice, Array, Chan:
		return vCap(v.typ, v.val, v.ptr)
	}
	panic(&ValueError{Method: "reflect.Value.Cap", Kind: v.kind()})
}

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Slice:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: slice index out of range")
		}
		et, ev, ep := vIndex(v.typ, v.val, v.ptr, i)
		return Value{ok: true, typ: et, val: ev, ptr: ep, flag: flagAddr | v.flag&flagRO}
	case Array:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: array index out of range")
		}
		et, ev, ep := vIndex(v.typ, v.val, v.ptr, i)
		return Value{ok: true, typ: et, val: ev, ptr: ep, flag: v.flag}
	case String:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: string index out of range")
		}
		et, ev, _ := vIndex(v.typ, v.val, v.ptr, i)
		return Value{ok: true, typ: et, val: ev, flag: v.flag & flagRO}
	}
	panic(&ValueError{Method: "reflect.Value.Index", Kind: v.kind()})
}

// Slice returns v[i:j] for a slice or string.
func (v Value) Slice(i, j int) Value {
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		if i < 0 || j < i || j > v.Len() {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		st := SliceOf(v.Type().Elem()).common().t
		return Value{ok: true, typ: st, val: vSlice3(st, v.val, v.ptr, i, j, v.Len()), flag: v.flag & flagRO}
	case Slice:
		if i < 0 || j < i || j > v.Cap() {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		return Value{ok: true, typ: v.typ, val: vSlice(v.typ, v.val, v.ptr, i, j), flag: v.flag & flagRO}
	case String:
		s := v.String()
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		return Value{ok: true, typ: v.typ, val: ValueOf(s[i:j]).val}
	}
	panic(&ValueError{Method: "reflect.Value.Slice", Kind: v.kind()})
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.flag.mustBe("reflect.Value.NumField", v.kind(), Struct)
	return typeNumField(v.typ)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{Method: "reflect.Value.Field", Kind: v.kind()})
	}
	if uint(i) >= uint(typeNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	ft, fv, fp := vField(v.typ, v.val, v.ptr, i)
	// Inherit permission bits from v, but clear flagEmbedRO.
	fl := v.flag &^ flagEmbedRO
	// Using an unexported field forces flagRO.
	if name, _, _, _, _, emb := typeField(v.typ, i); name == "" || name[0] < 'A' || name[0] > 'Z' {
		if emb {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{ok: true, typ: ft, val: fv, ptr: fp, flag: fl}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr returns the nested field corresponding to index.
// It returns an error if evaluation requires stepping through a nil
// pointer, but panics if it must step through a field that
// is not a struct.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.flag.mustBe("reflect.Value.FieldByIndexErr", v.kind(), Struct)
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
				if v.IsNil() {
					return Value{}, errors.New("reflect: indirection through nil pointer to embedded struct field " + v.Type().Elem().Name())
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v, nil
}

// FieldByName returns the struct field with the given name.
// It returns the zero Value if no field was found.
func (v Value) FieldByName(name string) Value {
	v.flag.mustBe("reflect.Value.FieldByName", v.kind(), Struct)
	if f, ok := toRType(v.typ).FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem returns the value that the interface v contains
// or that the pointer v points to.
func (v Value) Elem() Value {
	switch k := v.kind(); k {
	case Interface, Pointer:
		et, ev, ep := vElem(v.typ, v.val, v.ptr)
		if et < 0 {
			return Value{}
		}
		if k == Pointer {
			return Value{ok: true, typ: et, val: ev, ptr: ep, flag: flagAddr | v.flag&flagRO}
		}
		return Value{ok: true, typ: et, val: ev, flag: v.flag & flagRO}
	}
	panic(&ValueError{Method: "reflect.Value.Elem", Kind: v.kind()})
}

// IsNil reports whether its argument v is nil.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return vIsNil(v.val, v.ptr)
	}
	panic(&ValueError{Method: "reflect.Value.IsNil", Kind: v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Invalid:
		panic(&ValueError{Method: "reflect.Value.IsZero", Kind: Invalid})
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return vIsNil(v.val, v.ptr)
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	return vIsZero(v.typ, v.val, v.ptr)
}

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int {
	if !v.ok {
		panic(&ValueError{Method: "reflect.Value.NumMethod", Kind: Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return toType(v.typ).NumMethod()
}

// The natives behind methods and calls: vMethod gives the method value
// val.name of a Value of type t (bound to a copy of the receiver, boxed as
// the method's signature); vMethodExpr the method expression T.name as a
// func of type ft (nil when it needs a wrapper gostack does not have);
// vCall calls a boxed func with boxed arguments (each of its parameter's
// type) and returns its results boxed as the result types.
func vMethod(t int, val, ptr any, name string) any
func vMethodExpr(t, ft int, name string) any
func vCall(fn any, args []any) []any

// Method returns a function value corresponding to v's i'th method.
// The arguments to a Call on the returned function should not include
// a receiver; the returned function will always use v as the receiver.
// Method panics if i is out of range or if v is a nil interface value.
func (v Value) Method(i int) Value {
	if !v.ok {
		panic(&ValueError{Method: "reflect.Value.Method", Kind: Invalid})
	}
	names, sigs := typeMethods(v.typ)
	if v.flag&flagMethod != 0 || uint(i) >= uint(len(names)) {
		panic("reflect: Method index out of range")
	}
	if v.kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	return Value{ok: true, typ: sigs[i], val: vMethod(v.typ, v.val, v.ptr, names[i]), flag: v.flag&flagRO | flagMethod}
}

// MethodByName returns a function value corresponding to the method
// of v with the given name. It returns the zero Value if no method was found.
func (v Value) MethodByName(name string) Value {
	if !v.ok {
		panic(&ValueError{Method: "reflect.Value.MethodByName", Kind: Invalid})
	}
	if v.flag&flagMethod != 0 {
		return Value{}
	}
	names, _ := typeMethods(v.typ)
	for i, n := range names {
		if n == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// mustBeExported panics if v is the zero Value or came through an
// unexported field.
func (v Value) mustBeExported(method string) {
	if !v.ok {
		panic(&ValueError{Method: method, Kind: Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

// Call calls the function v with the input arguments in.
// For example, if len(in) == 3, v.Call(in) represents the Go call v(in[0], in[1], in[2]).
// Call panics if v's Kind is not [Func].
// It returns the output results as Values.
// As in Go, each input argument must be assignable to the
// type of the function's corresponding input parameter.
// If v is a variadic function, Call creates the variadic slice parameter
// itself, copying in the corresponding values.
func (v Value) Call(in []Value) []Value {
	v.flag.mustBe("reflect.Value.Call", v.kind(), Func)
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in,
// assigning the slice in[len(in)-1] to v's final variadic argument.
// For example, if len(in) == 3, v.CallSlice(in) represents the Go call v(in[0], in[1], in[2]...).
// CallSlice panics if v's Kind is not [Func] or if v is not variadic.
func (v Value) CallSlice(in []Value) []Value {
	v.flag.mustBe("reflect.Value.CallSlice", v.kind(), Func)
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	if v.mfunc == "" && vIsNil(v.val, v.ptr) {
		panic("reflect.Value.Call: call of nil function")
	}
	params, results, isVariadic := typeFunc(v.typ)
	isSlice := op == "CallSlice"
	n := len(params)
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	args := make([]any, 0, len(params))
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), toType(params[i]); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
		args = append(args, in[i].assignTo("reflect.Value.Call", params[i]).val)
	}
	if !isSlice && isVariadic {
		// prepare slice for remaining values
		m := len(in) - n
		st := toType(params[n])
		slice := MakeSlice(st, m, m)
		elem := st.Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		args = append(args, vCur(slice.val, slice.ptr))
	}
	fn := v.val
	if v.mfunc != "" {
		// Type.Method's Func: the first argument is the receiver.
		fn = vMethod(params[0], args[0], nil, v.mfunc)
		args = args[1:]
	}
	outs := vCall(fn, args)
	ret := make([]Value, len(outs))
	for i, o := range outs {
		ret[i] = Value{ok: true, typ: results[i], val: o}
	}
	return ret
}

// MapKeys returns a slice containing all the keys present in the map,
// in unspecified order.
func (v Value) MapKeys() []Value {
	v.flag.mustBe("reflect.Value.MapKeys", v.kind(), Map)
	kt := typeKey(v.typ)
	keys := vMapKeys(v.typ, v.val, v.ptr)
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = Value{ok: true, typ: kt, val: k, flag: v.flag & flagRO}
	}
	return out
}

// MapIndex returns the value associated with key in the map v.
// It returns the zero Value if key is not found in the map or if v represents a nil map.
func (v Value) MapIndex(key Value) Value {
	v.flag.mustBe("reflect.Value.MapIndex", v.kind(), Map)
	key = key.assignTo("reflect.Value.MapIndex", typeKey(v.typ))
	e, ok := vMapIndex(v.typ, v.val, v.ptr, key.val)
	if !ok {
		return Value{}
	}
	return Value{ok: true, typ: typeElem(v.typ), val: e, flag: v.flag & flagRO}
}

// SetMapIndex sets the element associated with key in the map v to elem.
// If elem is the zero Value, SetMapIndex deletes the key from the map.
func (v Value) SetMapIndex(key, elem Value) {
	v.flag.mustBe("reflect.Value.SetMapIndex", v.kind(), Map)
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.SetMapIndex using value obtained using unexported field")
	}
	key = key.assignTo("reflect.Value.SetMapIndex", typeKey(v.typ))
	if vIsNil(v.val, v.ptr) {
		panic("assignment to entry in nil map")
	}
	if !elem.IsValid() {
		vSetMapIndex(v.typ, v.val, v.ptr, key.val, nil)
		return
	}
	elem = elem.assignTo("reflect.Value.SetMapIndex", typeElem(v.typ))
	vSetMapIndex(v.typ, v.val, v.ptr, key.val, elem.val)
}

// A MapIter is an iterator for ranging over a map. See [Value.MapRange].
type MapIter struct {
	m Value
	// pos is the map's entry position of the current entry, -1 before
	// Next, -2 once exhausted. The map's entries do not move while an
	// iterator holds it (from the first Next to the last), as in a range
	// loop; so entries deleted meanwhile are skipped and NaN keys are
	// reached like any other.
	pos  int
	key  any // the current entry's key, boxed
	held bool
}

// MapRange returns a range iterator for a map.
// It panics if v's Kind is not [Map].
//
// Call [MapIter.Next] to advance the iterator, and [MapIter.Key]/[MapIter.Value] to access each entry.
// [MapIter.Next] returns false when the iterator is exhausted.
// MapRange follows the same iteration semantics as a range statement.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{Method: "reflect.Value.MapRange", Kind: v.kind()})
	}
	return &MapIter{m: v, pos: -1}
}

// vMapIterNext(t int, val, ptr any, pos int, hold bool) (next int, key any):
// the first live entry after position pos (-1: from the start), -1 when
// none is left. hold: take the map's iterator count (entries stay put);
// it is given back when the iteration ends.
func vMapIterNext(t int, val, ptr any, pos int, hold bool) (next int, key any)

// vMapIterElem(t int, val, ptr any, pos int) any: the element of the entry
// at pos, boxed (the zero value when it was deleted).
func vMapIterElem(t int, val, ptr any, pos int) any

// vMapIterRelease(val, ptr any): gives back the map's iterator count.
func vMapIterRelease(val, ptr any)

// Next advances the map iterator and reports whether there is another
// entry. It returns false when iter is exhausted; subsequent
// calls to [MapIter.Key], [MapIter.Value], or [MapIter.Next] will panic.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if iter.pos == -2 {
		panic("MapIter.Next called on exhausted iterator")
	}
	m := iter.m
	start := iter.pos == -1
	next, key := vMapIterNext(m.typ, m.val, m.ptr, iter.pos, start)
	iter.held = iter.held || start
	if next < 0 {
		if iter.held {
			vMapIterRelease(m.val, m.ptr)
			iter.held = false
		}
		iter.pos = -2
		iter.key = nil
		return false
	}
	iter.pos = next
	iter.key = key
	return true
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	if iter.pos == -1 {
		panic("MapIter.Key called before Next")
	}
	if iter.pos == -2 {
		panic("MapIter.Key called on exhausted iterator")
	}
	return Value{ok: true, typ: typeKey(iter.m.typ), val: iter.key, flag: iter.m.flag & flagRO}
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	if iter.pos == -1 {
		panic("MapIter.Value called before Next")
	}
	if iter.pos == -2 {
		panic("MapIter.Value called on exhausted iterator")
	}
	m := iter.m
	return Value{ok: true, typ: typeElem(m.typ), val: vMapIterElem(m.typ, m.val, m.ptr, iter.pos), flag: m.flag & flagRO}
}

// Reset modifies iter to iterate over v.
// It panics if v's Kind is not [Map] and v is not the zero Value.
// Reset(Value{}) causes iter to not to refer to any map,
// which may allow the previously iterated-over map to be garbage collected.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.flag.mustBe("reflect.MapIter.Reset", v.kind(), Map)
	}
	if iter.held {
		vMapIterRelease(iter.m.val, iter.m.ptr)
		iter.held = false
	}
	iter.m = v
	iter.pos = -1
	iter.key = nil
}

// assignTo returns v as a value of type dst, boxed as dst (Go's
// Value.assignTo): panics when it is not assignable.
func (v Value) assignTo(context string, dst int) Value {
	if v.flag&flagRO != 0 {
		panic(context + ": cannot return value obtained from unexported field or method")
	}
	if !v.ok {
		panic(context + ": value of type <nil> is not assignable to type " + toType(dst).String())
	}
	if v.typ == dst {
		// A fresh box of the current value (v may be set through its ptr).
		return Value{ok: true, typ: dst, val: vCur(v.val, v.ptr)}
	}
	if !typeRelation(v.typ, dst, 1) {
		panic(context + ": value of type " + toType(v.typ).String() + " is not assignable to type " + toType(dst).String())
	}
	x := vLoad(v.val, v.ptr)
	if typeKind(dst) == int(Interface) {
		// The box of an interface-typed value holds the interface.
		return Value{ok: true, typ: dst, val: boxAs(dst, x)}
	}
	return Value{ok: true, typ: dst, val: rebox(dst, x)}
}

// boxAs boxes interface value x (of interface type t); rebox gives boxed
// x type t (an identical underlying type).
func boxAs(t int, x any) any
func rebox(t int, x any) any

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.flag.mustBeAssignable("reflect.Set", v.ok)
	x = x.assignTo("reflect.Set", v.typ)
	vStore(v.ptr, x.val)
}

func (v Value) SetBool(x bool) {
	v.flag.mustBeAssignable("reflect.Value.SetBool", v.ok)
	v.flag.mustBe("reflect.Value.SetBool", v.kind(), Bool)
	vStore(v.ptr, x)
}

func (v Value) SetInt(x int64) {
	v.flag.mustBeAssignable("reflect.Value.SetInt", v.ok)
	switch v.kind() {
	case Int:
		vStore(v.ptr, x)
	case Int8:
		vStore(v.ptr, int64(int8(x)))
	case Int16:
		vStore(v.ptr, int64(int16(x)))
	case Int32:
		vStore(v.ptr, int64(int32(x)))
	case Int64:
		vStore(v.ptr, x)
	default:
		panic(&ValueError{Method: "reflect.Value.SetInt", Kind: v.kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.flag.mustBeAssignable("reflect.Value.SetUint", v.ok)
	switch v.kind() {
	case Uint, Uint64, Uintptr:
		vStore(v.ptr, x)
	case Uint8:
		vStore(v.ptr, uint64(uint8(x)))
	case Uint16:
		vStore(v.ptr, uint64(uint16(x)))
	case Uint32:
		vStore(v.ptr, uint64(uint32(x)))
	default:
		panic(&ValueError{Method: "reflect.Value.SetUint", Kind: v.kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.flag.mustBeAssignable("reflect.Value.SetFloat", v.ok)
	switch v.kind() {
	case Float32:
		vStore(v.ptr, float64(float32(x)))
	case Float64:
		vStore(v.ptr, x)
	default:
		panic(&ValueError{Method: "reflect.Value.SetFloat", Kind: v.kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.flag.mustBeAssignable("reflect.Value.SetComplex", v.ok)
	switch v.kind() {
	case Complex64:
		vStore(v.ptr, complex128(complex64(x)))
	case Complex128:
		vStore(v.ptr, x)
	default:
		panic(&ValueError{Method: "reflect.Value.SetComplex", Kind: v.kind()})
	}
}

func (v Value) SetString(x string) {
	v.flag.mustBeAssignable("reflect.Value.SetString", v.ok)
	v.flag.mustBe("reflect.Value.SetString", v.kind(), String)
	vStore(v.ptr, x)
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.flag.mustBeAssignable("reflect.Value.SetLen", v.ok)
	v.flag.mustBe("reflect.Value.SetLen", v.kind(), Slice)
	if n < 0 || n > v.Cap() {
		panic("reflect: slice length out of range in SetLen")
	}
	v.Set(v.Slice(0, n))
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	switch v.kind() {
	case Float32, Float64:
		return true
	}
	return false
}

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	return v.ok && typeRelation(v.typ, v.typ, 3)
}

// Equal reports true if v is equal to u.
func (v Value) Equal(u Value) bool {
	if !v.ok || !u.ok {
		return v.ok == u.ok
	}
	if v.typ != u.typ {
		return false
	}
	return vLoad(v.val, v.ptr) == vLoad(u.val, u.ptr)
}

// Convert returns the value v converted to type t, for conversions
// between types with identical underlying types and between numeric
// kinds and strings.
func (v Value) Convert(t Type) Value {
	dst := t.common().t
	if !typeRelation(v.typ, dst, 2) {
		panic("reflect.Value.Convert: value of type " + toType(v.typ).String() + " cannot be converted to type " + t.String())
	}
	x := vLoad(v.val, v.ptr)
	switch t.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		var i int64
		switch v.kind() {
		case Float32, Float64:
			i = int64(asFloat64(x))
		default:
			i = asInt64(x)
		}
		n := New(t).Elem()
		n.SetInt(i)
		return Value{ok: true, typ: dst, val: n.Interface()}
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		var u uint64
		switch v.kind() {
		case Float32, Float64:
			u = uint64(asFloat64(x))
		default:
			u = uint64(asInt64(x))
		}
		n := New(t).Elem()
		n.SetUint(u)
		return Value{ok: true, typ: dst, val: n.Interface()}
	case Float32, Float64:
		var f float64
		switch v.kind() {
		case Float32, Float64:
			f = asFloat64(x)
		case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			f = float64(uint64(asInt64(x)))
		default:
			f = float64(asInt64(x))
		}
		if t.Kind() == Float32 {
			f = float64(float32(f))
		}
		return Value{ok: true, typ: dst, val: rebox(dst, f)}
	case String:
		switch v.kind() {
		case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			return Value{ok: true, typ: dst, val: rebox(dst, string(rune(asInt64(x))))}
		case Slice:
			var b []byte
			if v.Type().Elem().Kind() == Uint8 {
				for i := 0; i < v.Len(); i++ {
					b = append(b, byte(v.Index(i).Uint()))
				}
				return Value{ok: true, typ: dst, val: rebox(dst, string(b))}
			}
			var r []rune
			for i := 0; i < v.Len(); i++ {
				r = append(r, rune(v.Index(i).Int()))
			}
			return Value{ok: true, typ: dst, val: rebox(dst, string(r))}
		}
	}
	if t.Kind() == Interface {
		return Value{ok: true, typ: dst, val: boxAs(dst, x)}
	}
	return Value{ok: true, typ: dst, val: rebox(dst, x)}
}

// TypeAssert is semantically equivalent to:
//
//	v2, ok := v.Interface().(T)
func TypeAssert[T any](v Value) (T, bool) {
	x, ok := valueInterface(v, true).(T)
	return x, ok
}

// Clear clears the contents of a map or zeros the contents of a slice.
//
// It panics if v's Kind is not [Map] or [Slice].
func (v Value) Clear() {
	switch v.kind() {
	case Slice:
		et := typeElem(v.typ)
		for i := range v.Len() {
			_, _, ep := vIndex(v.typ, v.val, v.ptr, i)
			vStore(ep, vZero(et))
		}
	case Map:
		vMapClear(v.val, v.ptr)
	default:
		panic(&ValueError{Method: "reflect.Value.Clear", Kind: v.kind()})
	}
}

// Fields returns an iterator over each [StructField] of v along with its [Value].
//
// The sequence is equivalent to calling [Value.Field] successively
// for each index i in the range [0, NumField()).
//
// It panics if v's Kind is not [Struct].
func (v Value) Fields() iter.Seq2[StructField, Value] {
	t := v.Type()
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField, Value) bool) {
		for i := range v.NumField() {
			if !yield(t.Field(i), v.Field(i)) {
				return
			}
		}
	}
}

// Methods returns an iterator over each [Method] of v along with the corresponding
// method [Value]; this is a function with v bound as the receiver. As such, the
// receiver shouldn't be included in the arguments to [Value.Call].
//
// The sequence is equivalent to calling [Value.Method] successively
// for each index i in the range [0, NumMethod()).
//
// Methods panics if v is a nil interface value.
//
// Calling this method will force the linker to retain all exported methods in all packages.
// This may make the executable binary larger but will not affect execution time.
func (v Value) Methods() iter.Seq2[Method, Value] {
	rtype := v.Type()
	n := v.NumMethod()
	return func(yield func(Method, Value) bool) {
		for i := range n {
			if !yield(rtype.Method(i), v.Method(i)) {
				return
			}
		}
	}
}

// Fields returns an iterator over each struct field for struct type t. The sequence is
// equivalent to calling Field successively for each index i in the range [0, NumField()).
// It panics if the type's Kind is not Struct.
func (t *rtype) Fields() iter.Seq[StructField] {
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField) bool) {
		for i := range t.NumField() {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

// Methods returns an iterator over each method in the type's method set. The sequence is
// equivalent to calling Method successively for each index i in the range [0, NumMethod()).
func (t *rtype) Methods() iter.Seq[Method] {
	return func(yield func(Method) bool) {
		for i := range t.NumMethod() {
			if !yield(t.Method(i)) {
				return
			}
		}
	}
}

// Ins returns an iterator over each input parameter of function type t. The sequence
// is equivalent to calling In successively for each index i in the range [0, NumIn()).
// It panics if the type's Kind is not Func.
func (t *rtype) Ins() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Ins of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := range t.NumIn() {
			if !yield(t.In(i)) {
				return
			}
		}
	}
}

// Outs returns an iterator over each output parameter of function type t. The sequence
// is equivalent to calling Out successively for each index i in the range [0, NumOut()).
// It panics if the type's Kind is not Func.
func (t *rtype) Outs() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Outs of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := range t.NumOut() {
			if !yield(t.Out(i)) {
				return
			}
		}
	}
}

// SetZero sets v to be the zero value of v's type.
func (v Value) SetZero() {
	v.flag.mustBeAssignable("reflect.Value.SetZero", v.ok)
	vStore(v.ptr, vZero(v.typ))
}

// Bytes returns v's underlying value (a byte slice, or an addressable
// byte array's elements).
func (v Value) Bytes() []byte {
	if v.kind() == Slice && typeKind(typeElem(v.typ)) == int(Uint8) {
		if vIsNil(v.val, v.ptr) {
			return nil
		}
		b := make([]byte, v.Len())
		for i := range b {
			b[i] = byte(v.Index(i).Uint())
		}
		return b
	}
	panic(&ValueError{Method: "reflect.Value.Bytes", Kind: v.kind()})
}

// SetBytes sets v's underlying value.
func (v Value) SetBytes(x []byte) {
	v.flag.mustBeAssignable("reflect.Value.SetBytes", v.ok)
	v.flag.mustBe("reflect.Value.SetBytes", v.kind(), Slice)
	vStore(v.ptr, rebox(v.typ, x))
}

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.Type().Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{Method: "reflect.Value.OverflowInt", Kind: v.kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.Type().Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{Method: "reflect.Value.OverflowUint", Kind: v.kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{Method: "reflect.Value.OverflowFloat", Kind: v.kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return 3.40282346638528859811704183484516925440e+38 < x && x <= 1.79769313486231570814527423731704356798070e+308
}

// Pointer returns v's value as a uintptr: an identity for the pointer
// (gostack's values have no addresses; 0 for nil).
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		if vIsNil(v.val, v.ptr) {
			return 0
		}
		return vAddr(v.val, v.ptr)
	}
	panic(&ValueError{Method: "reflect.Value.Pointer", Kind: v.kind()})
}

// UnsafePointer is [Value.Pointer] (gostack has no unsafe pointers to
// hand out; the value is an identity).
func (v Value) UnsafePointer() uintptr {
	return v.Pointer()
}

func vAddr(val, ptr any) uintptr
func vSlice(t int, val, ptr any, i, j int) any
func vCur(val, ptr any) any

func (t *rtype) OverflowComplex(x complex128) bool {
	k := t.Kind()
	switch k {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic("reflect: OverflowComplex of non-complex type " + t.String())
}

func (t *rtype) OverflowFloat(x float64) bool {
	k := t.Kind()
	switch k {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

func (t *rtype) OverflowInt(x int64) bool {
	k := t.Kind()
	switch k {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := t.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic("reflect: OverflowInt of non-int type " + t.String())
}

func (t *rtype) OverflowUint(x uint64) bool {
	k := t.Kind()
	switch k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := t.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic("reflect: OverflowUint of non-uint type " + t.String())
}

func (t *rtype) CanSeq() bool {
	switch t.Kind() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return canRangeFunc(t, 1)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

func canRangeFunc(t Type, seq int) bool {
	if t.Kind() != Func {
		return false
	}
	if t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0)
	if y.Kind() != Func {
		return false
	}
	return y.NumIn() == seq && y.NumOut() == 1 && y.Out(0).Kind() == Bool && y.Out(0).PkgPath() == ""
}

func (t *rtype) CanSeq2() bool {
	switch t.Kind() {
	case Array, Slice, String, Map:
		return true
	case Func:
		return canRangeFunc(t, 2)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// rangeNum yields the values 0..num-1 of t, an integer type (iter.go's
// generic rangeNum, over Convert).
func rangeNum(num int64, unsigned bool, t Type) iter.Seq[Value] {
	return func(yield func(v Value) bool) {
		for i := int64(0); unsigned && uint64(i) < uint64(num) || !unsigned && i < num; i++ {
			var tmp Value
			if unsigned {
				tmp = ValueOf(uint64(i)).Convert(t)
			} else {
				tmp = ValueOf(i).Convert(t)
			}
			if !yield(tmp) {
				return
			}
		}
	}
}

// Seq returns an iter.Seq[Value] that loops over the elements of v.
// If v's kind is Func, it must be a function that has no results and
// that takes a single argument of type func(T) bool for some type T.
// If v's kind is Pointer, the pointer element type must have kind Array.
// Otherwise v's kind must be Int, Int8, Int16, Int32, Int64,
// Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
// Array, Chan, Map, Slice, or String.
func (v Value) Seq() iter.Seq[Value] {
	if canRangeFunc(v.Type(), 1) {
		return func(yield func(Value) bool) {
			rf := MakeFunc(v.Type().In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0]))}
			})
			v.Call([]Value{rf})
		}
	}
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return rangeNum(v.Int(), false, v.Type())
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return rangeNum(int64(v.Uint()), true, v.Type())
	case Pointer:
		if v.Type().Elem().Kind() != Array {
			break
		}
		n := v.Type().Elem().Len()
		return func(yield func(Value) bool) {
			for i := range n {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value) bool) {
			for i := range v.String() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key()) {
					return
				}
			}
		}
	case Chan:
		return func(yield func(Value) bool) {
			for value, ok := v.Recv(); ok; value, ok = v.Recv() {
				if !yield(value) {
					return
				}
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq[Value]")
}

// Seq2 returns an iter.Seq2[Value, Value] that loops over the elements of v.
// If v's kind is Func, it must be a function that has no results and
// that takes a single argument of type func(K, V) bool for some type K, V.
// If v's kind is Pointer, the pointer element type must have kind Array.
// Otherwise v's kind must be Array, Map, Slice, or String.
func (v Value) Seq2() iter.Seq2[Value, Value] {
	if canRangeFunc(v.Type(), 2) {
		return func(yield func(Value, Value) bool) {
			rf := MakeFunc(v.Type().In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0], in[1]))}
			})
			v.Call([]Value{rf})
		}
	}
	switch v.Kind() {
	case Pointer:
		if v.Elem().kind() != Array {
			break
		}
		return func(yield func(Value, Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value, Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value, Value) bool) {
			for i, v := range v.String() {
				if !yield(ValueOf(i), ValueOf(v)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key(), i.Value()) {
					return
				}
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq2[Value, Value]")
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
// It panics if v's Kind is not [Array] or [Slice], or if v is an unaddressable array,
// or if the indexes are out of bounds.
func (v Value) Slice3(i, j, k int) Value {
	switch v.kind() {
	default:
		panic(&ValueError{Method: "reflect.Value.Slice3", Kind: v.kind()})
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		if i < 0 || j < i || k < j || k > v.Len() {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		st := SliceOf(v.Type().Elem()).common().t
		return Value{ok: true, typ: st, val: vSlice3(st, v.val, v.ptr, i, j, k), flag: v.flag & flagRO}
	case Slice:
		if i < 0 || j < i || k < j || k > v.Cap() {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		return Value{ok: true, typ: v.typ, val: vSlice3(v.typ, v.val, v.ptr, i, j, k), flag: v.flag & flagRO}
	}
}

// vSlice3(st int, val, ptr any, i, j, k int) any: s[i:j:k] of a slice or
// of an addressable array (its variable's elements), boxed as slice type st.
func vSlice3(st int, val, ptr any, i, j, k int) any

// rawChan returns the channel a box holds, typed chan any: channel
// operations do not look at the element type, so Go code sends and
// receives the values as they are (unboxed) on it.
func rawChan(box any) chan any

// rawOf returns what box x holds (typed any, not boxed).
func rawOf(x any) any

// boxRaw boxes raw value x as type t (a copy, as a channel receive makes).
func boxRaw(t int, x any) any

// Recv receives and returns a value from the channel v.
// It panics if v's Kind is not [Chan].
// The receive blocks until a value is ready.
// The boolean value ok is true if the value x corresponds to a send
// on the channel, false if it is a zero value received because the channel is closed.
func (v Value) Recv() (x Value, ok bool) {
	v.flag.mustBe("reflect.Value.Recv", v.kind(), Chan)
	v.mustBeExported("reflect.Value.Recv")
	return v.recv(false)
}

func (v Value) recv(nb bool) (val Value, ok bool) {
	if ChanDir(typeChanDir(v.typ))&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	t := typeElem(v.typ)
	c := rawChan(vCur(v.val, v.ptr))
	var x any
	if nb {
		select {
		case x, ok = <-c:
		default:
			return Value{}, false
		}
	} else {
		x, ok = <-c
	}
	return Value{ok: true, typ: t, val: boxRaw(t, x)}, ok
}

// Send sends x on the channel v.
// It panics if v's kind is not [Chan] or if x's type is not the same type as v's element type.
// As in Go, x's value must be assignable to the channel's element type.
func (v Value) Send(x Value) {
	v.flag.mustBe("reflect.Value.Send", v.kind(), Chan)
	v.mustBeExported("reflect.Value.Send")
	v.send(x, false)
}

func (v Value) send(x Value, nb bool) (selected bool) {
	if ChanDir(typeChanDir(v.typ))&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.Send")
	x = x.assignTo("reflect.Value.Send", typeElem(v.typ))
	c := rawChan(vCur(v.val, v.ptr))
	if nb {
		select {
		case c <- rawOf(x.val):
			return true
		default:
			return false
		}
	}
	c <- rawOf(x.val)
	return true
}

// TryRecv attempts to receive a value from the channel v but will not block.
// It panics if v's Kind is not [Chan].
// If the receive delivers a value, x is the transferred value and ok is true.
// If the receive cannot finish without blocking, x is the zero Value and ok is false.
// If the channel is closed, x is the zero value for the channel's element type and ok is false.
func (v Value) TryRecv() (x Value, ok bool) {
	v.flag.mustBe("reflect.Value.TryRecv", v.kind(), Chan)
	v.mustBeExported("reflect.Value.TryRecv")
	return v.recv(true)
}

// TrySend attempts to send x on the channel v but will not block.
// It panics if v's Kind is not [Chan].
// It reports whether the value was sent.
// As in Go, x's value must be assignable to the channel's element type.
func (v Value) TrySend(x Value) bool {
	v.flag.mustBe("reflect.Value.TrySend", v.kind(), Chan)
	v.mustBeExported("reflect.Value.TrySend")
	return v.send(x, true)
}

// Close closes the channel v.
// It panics if v's Kind is not [Chan] or
// v is a receive-only channel.
func (v Value) Close() {
	v.flag.mustBe("reflect.Value.Close", v.kind(), Chan)
	v.mustBeExported("reflect.Value.Close")
	if ChanDir(typeChanDir(v.typ))&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	close(rawChan(vCur(v.val, v.ptr)))
}


// Grow increases the slice's capacity, if necessary, to guarantee space
// for another n elements.
func (v Value) Grow(n int) {
	v.flag.mustBeAssignable("reflect.Value.Grow", v.ok)
	v.flag.mustBe("reflect.Value.Grow", v.kind(), Slice)
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	l, c := v.Len(), v.Cap()
	if l+n <= c {
		return
	}
	nc := max(l+n, 2*c)
	s := MakeSlice(v.Type(), l, nc)
	for i := 0; i < l; i++ {
		s.Index(i).Set(v.Index(i))
	}
	v.Set(s)
}

// ---- visiblefields.go (Go 1.27)

// VisibleFields returns all the visible fields in t, which must be a
// struct type. A field is defined as visible if it's accessible
// directly with a FieldByName call. The returned fields include fields
// inside anonymous struct members and unexported fields. They follow
// the same order found in the struct, with anonymous fields followed
// immediately by their promoted fields.
//
// For each element e of the returned slice, the corresponding field
// can be retrieved from a value v of type t by calling v.FieldByIndex(e.Index).
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	w := &visibleFieldsWalker{
		byName:   make(map[string]int),
		visiting: make(map[Type]bool),
		fields:   make([]StructField, 0, t.NumField()),
		index:    make([]int, 0, 2),
	}
	w.walk(t)
	// Remove all the fields that have been hidden.
	// Use an in-place removal that avoids copying in
	// the common case that there are no hidden fields.
	j := 0
	for i := range w.fields {
		f := &w.fields[i]
		if f.Name == "" {
			continue
		}
		if i != j {
			// A field has been removed. We need to shuffle
			// all the subsequent elements up.
			w.fields[j] = *f
		}
		j++
	}
	return w.fields[:j]
}

type visibleFieldsWalker struct {
	byName   map[string]int
	visiting map[Type]bool
	fields   []StructField
	index    []int
}

// walk walks all the fields in the struct type t, visiting
// fields in index preorder and appending them to w.fields
// (this maintains the required ordering).
// Fields that have been overridden have their
// Name field cleared.
func (w *visibleFieldsWalker) walk(t Type) {
	if w.visiting[t] {
		return
	}
	w.visiting[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		w.index = append(w.index, i)
		add := true
		if oldIndex, ok := w.byName[f.Name]; ok {
			old := &w.fields[oldIndex]
			if len(w.index) == len(old.Index) {
				// Fields with the same name at the same depth
				// cancel one another out. Set the field name
				// to empty to signify that has happened, and
				// there's no need to add this field.
				old.Name = ""
				add = false
			} else if len(w.index) < len(old.Index) {
				// The old field loses because it's deeper than the new one.
				old.Name = ""
			} else {
				// The old field wins because it's shallower than the new one.
				add = false
			}
		}
		if add {
			// Copy the index so that it's not overwritten
			// by the other appends.
			f.Index = append([]int(nil), w.index...)
			w.byName[f.Name] = len(w.fields)
			w.fields = append(w.fields, f)
		}
		if f.Anonymous {
			if f.Type.Kind() == Pointer {
				f.Type = f.Type.Elem()
			}
			if f.Type.Kind() == Struct {
				w.walk(f.Type)
			}
		}
		w.index = w.index[:len(w.index)-1]
	}
	delete(w.visiting, t)
}

// SetIterKey assigns to v the key of iter's current map entry.
// It is equivalent to v.Set(iter.Key()), but it avoids allocating a new Value.
// As in Go, the key must be assignable to v's type and
// must not be derived from an unexported field.
func (v Value) SetIterKey(iter *MapIter) {
	if iter.pos == -1 {
		panic("reflect: Value.SetIterKey called before Next")
	}
	if iter.pos == -2 {
		panic("reflect: Value.SetIterKey called on exhausted iterator")
	}
	v.flag.mustBeAssignable("reflect.Value.SetIterKey", v.ok)
	k := iter.Key()
	if k.flag&flagRO != 0 {
		// Go: Value.SetIterKey of a key obtained through an unexported field.
		k.flag &^= flagRO
	}
	k = k.assignTo("reflect.MapIter.SetKey", v.typ)
	vStore(v.ptr, k.val)
}

// SetIterValue assigns to v the value of iter's current map entry.
// It is equivalent to v.Set(iter.Value()), but it avoids allocating a new Value.
// As in Go, the value must be assignable to v's type and
// must not be derived from an unexported field.
func (v Value) SetIterValue(iter *MapIter) {
	if iter.pos == -1 {
		panic("reflect: Value.SetIterValue called before Next")
	}
	if iter.pos == -2 {
		panic("reflect: Value.SetIterValue called on exhausted iterator")
	}
	v.flag.mustBeAssignable("reflect.Value.SetIterValue", v.ok)
	e := iter.Value()
	e.flag &^= flagRO
	e = e.assignTo("reflect.MapIter.SetValue", v.typ)
	vStore(v.ptr, e.val)
}
