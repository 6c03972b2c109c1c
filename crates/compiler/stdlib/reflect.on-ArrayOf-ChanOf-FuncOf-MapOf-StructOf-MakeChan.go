// A part of package reflect (docs/stdlib.md "Parts loaded by name"): the type constructors ArrayOf, ChanOf, FuncOf, MapOf and StructOf, and MakeChan.
// Loaded only with a file that names one of them. After Go 1.27's
// reflect (Copyright The Go Authors, BSD-style licence: LICENSE-GO).
package reflect

import "strconv"

// The type constructors' natives (natives/reflect.rs): the id of the
// type, made now when the program does not have it.
func typeArrayOf(n, elem int) int
func typeChanOf(dir, elem int) int
func typeMapOf(key, elem int) int
func typeFuncOf(in, out []int, variadic bool) int
func typeStructOf(names []string, types []int, tags []string, embedded []bool) int

// FuncOf returns the function type with the given argument and result types.
// For example if k represents int and e represents string,
// FuncOf([]Type{k}, []Type{e}, false) represents func(int) string.
//
// The variadic argument controls whether the function is variadic. FuncOf
// panics if the in[len(in)-1] does not represent a slice and variadic is
// true.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	n := len(in) + len(out)
	if n > 128 {
		panic("reflect.FuncOf: too many arguments")
	}
	ins := make([]int, len(in))
	for i, t := range in {
		ins[i] = t.common().t
	}
	outs := make([]int, len(out))
	for i, t := range out {
		outs[i] = t.common().t
	}
	return made(typeFuncOf(ins, outs, variadic))
}

// ArrayOf returns the array type with the given length and element type.
// For example, if t represents int, ArrayOf(5, t) represents [5]int.
//
// If the resulting type would be larger than the available address space,
// ArrayOf panics.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	if size := elem.Size(); size > 0 && uint64(length) > (1<<63-1)/uint64(size) {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	return made(typeArrayOf(length, elem.common().t))
}

// ChanOf returns the channel type with the given direction and element type.
// For example, if t represents int, ChanOf(RecvDir, t) represents <-chan int.
//
// The gc runtime imposes a limit of 64 kB on channel element types.
// If t's size is equal to or exceeds this limit, ChanOf panics.
func ChanOf(dir ChanDir, t Type) Type {
	// This restriction is imposed by the gc compiler and the runtime.
	if t.Size() >= 1<<16 {
		panic("reflect.ChanOf: element size too large")
	}
	switch dir {
	default:
		panic("reflect.ChanOf: invalid dir")
	case SendDir, RecvDir, BothDir:
	}
	return made(typeChanOf(int(dir), t.common().t))
}

// MapOf returns the map type with the given key and element types.
// For example, if k represents int and e represents string,
// MapOf(k, e) represents map[int]string.
//
// If the key type is not a valid map key type (that is, if it does
// not implement Go's == operator), MapOf panics.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return made(typeMapOf(key.common().t, elem.common().t))
}

// StructOf returns the struct type containing fields.
// The Offset and Index fields are ignored and computed as they would be
// by the compiler.
//
// StructOf does not generate wrapper methods for embedded fields: gostack
// panics for an embedded field whose type has methods.
func StructOf(fields []StructField) Type {
	names := make([]string, len(fields))
	types := make([]int, len(fields))
	tags := make([]string, len(fields))
	embedded := make([]bool, len(fields))
	fset := map[string]bool{}
	pkgpath := ""
	for i, field := range fields {
		if field.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if !isValidFieldName(field.Name) {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		}
		if field.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if field.Anonymous && field.PkgPath != "" {
			panic("reflect.StructOf: field \"" + field.Name + "\" is anonymous but has PkgPath set")
		}
		if field.IsExported() {
			// Best-effort check for misuse.
			// Since this field will be treated as exported, not much harm done if Unicode lowercase slips through.
			c := field.Name[0]
			if 'a' <= c && c <= 'z' || c == '_' {
				panic("reflect.StructOf: field \"" + field.Name + "\" is unexported but missing PkgPath")
			}
		}
		if fpkgpath := field.PkgPath; fpkgpath != "" {
			if pkgpath == "" {
				pkgpath = fpkgpath
			} else if pkgpath != fpkgpath {
				panic("reflect.StructOf: fields with different PkgPath " + pkgpath + " and " + fpkgpath)
			}
		}
		ft := field.Type
		if field.Anonymous {
			if ft.Kind() == Pointer {
				if k := ft.Elem().Kind(); k == Pointer || k == Interface {
					panic("reflect.StructOf: illegal embedded field type " + ft.String())
				}
			}
			if ft.NumMethod() > 0 || ft.Kind() == Pointer && ft.Elem().NumMethod() > 0 {
				panic("reflect.StructOf: embedded field " + ft.String() + " with methods is not supported by gostack (it makes no wrapper methods)")
			}
		}
		name := field.Name
		if fset[name] && name != "_" {
			panic("reflect.StructOf: duplicate field " + name)
		}
		fset[name] = true
		names[i], types[i], tags[i], embedded[i] = name, ft.common().t, string(field.Tag), field.Anonymous
	}
	return made(typeStructOf(names, types, tags, embedded))
}

func isValidFieldName(fieldName string) bool {
	for i, c := range fieldName {
		if i == 0 && !isLetter(c) {
			return false
		}

		if !(isLetter(c) || isDigit(c)) {
			return false
		}
	}

	return len(fieldName) > 0
}

func isLetter(ch rune) bool {
	return 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z' || ch == '_' || ch >= 0x80 && isUnicodeLetter(ch)
}

func isDigit(ch rune) bool {
	return '0' <= ch && ch <= '9' || ch >= 0x80 && isUnicodeDigit(ch)
}

// unicode.IsLetter and unicode.IsDigit (reflect's own import of unicode
// would load its tables).
func isUnicodeLetter(r rune) bool
func isUnicodeDigit(r rune) bool

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common().t
	return Value{ok: true, typ: t, val: vMakeChan(t, buffer)}
}

func vMakeChan(t, n int) any

