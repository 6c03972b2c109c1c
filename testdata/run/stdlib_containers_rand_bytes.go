// Tests: container/heap and container/list, math/rand with a fixed source, bytes.Buffer and bytes functions.
package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"fmt"
	"math/rand"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.Remove(e4)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())

	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64(), r.Perm(5), r.Int63(), r.Int31n(10))
	s := []int{1, 2, 3, 4, 5}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.NormFloat64(), r.ExpFloat64())
	x := rand.Intn(10)
	fmt.Println(x >= 0 && x < 10)

	var b bytes.Buffer
	b.WriteString("hello ")
	fmt.Fprintf(&b, "%d", 42)
	b.WriteByte('!')
	fmt.Println(b.String(), b.Len())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), string(bytes.ToUpper([]byte("abc"))), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Printf("%q %s\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
}
