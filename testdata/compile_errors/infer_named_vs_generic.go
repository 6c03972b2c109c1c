package main

type List[T any] []T
type MyList List[int]

// A defined type is not an instance of another generic type, even with
// the same underlying type: nothing to infer T from.
func Len[T any](l List[T]) int { return len(l) }

func main() {
	println(Len(List[int]{1}))
	println(Len(MyList{1}))
}
