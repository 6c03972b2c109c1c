package main

import "fmt"

// gc's order pass runs the calls of an assignment (left side first) before
// it reads the variables of the left side's index expressions.

func setj(p *int, v int) int { *p = v; return 10 }
func idx(tag string, v int) int { fmt.Println("idx", tag); return v }
func two(p *int) (int, int) { *p = 2; return 7, 8 }

func main() {
	a := []int{1, 2, 3}
	a[idx("lhs", 0)] = idx("rhs", 5)
	fmt.Println(a)
	j := 0
	a[j] += setj(&j, 1)
	fmt.Println(a, j)
	j = 0
	var g int
	a[j], g = setj(&j, 2), 5
	fmt.Println(a, j, g)
	j = 0
	a[j], j = two(&j)
	fmt.Println(a, j)
	m := map[string]int{}
	m[fmt.Sprint(idx("k", 1))] = idx("v", 2)
	k := 0
	mi := map[int]int{}
	mi[k] += setj(&k, 8)
	fmt.Println(m, mi)
	a[idx("l2", 1)] += idx("r2", 100)
	fmt.Println(a)
	a[idx("a", 0)], a[idx("b", 1)] = idx("c", 1), idx("d", 2)
	fmt.Println(a)
	p := &a[0]
	*p, j = setj(&j, 1), a[j]
	fmt.Println(a, j)
	x := 1
	x, a[x] = setj(&x, 2), x
	fmt.Println(x, a)
	i := 0
	arr := [3]int{}
	arr[i], i = setj(&i, 1), 2
	fmt.Println(arr, i)
	arr2 := []int{1, 2, 3}
	n := 0
	arr2[n] += func() int { n = 2; return 10 }()
	fmt.Println(arr2, n)
}
