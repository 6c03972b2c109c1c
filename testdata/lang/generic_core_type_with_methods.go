// Tests: a constraint with methods and one ~struct term has that core type, so the other type parameters are inferred from the argument's underlying struct, and the constraint's methods (which use them) are satisfied
package main

import "fmt"

type Numeric interface {
	~int | ~float64 | ~complex128
}

func Sum[T Numeric](args ...T) T {
	var sum T
	for _, a := range args {
		sum += a
	}
	return sum
}

type Ledger[T ~string, K Numeric] struct {
	ID_      T
	Amounts_ []K
	SumFn_   func(...K) K
}

func (l Ledger[T, _]) ID() T               { return l.ID_ }
func (l Ledger[_, K]) Amounts() []K        { return l.Amounts_ }
func (l Ledger[_, K]) SumFn() func(...K) K { return l.SumFn_ }

func PrintLedger[
	T ~string,
	K Numeric,
	L interface {
		~struct {
			ID_      T
			Amounts_ []K
			SumFn_   func(...K) K
		}
		ID() T
		Amounts() []K
		SumFn() func(...K) K
	},
](l L) {
	fmt.Printf("%s has a sum of %v (%T)\n", l.ID(), l.SumFn()(l.Amounts()...), l)
}

type list[E any] interface {
	~[]E
	Len() int
}

type ints []int

func (s ints) Len() int { return len(s) }

func firstOf[E any, L list[E]](l L) (E, int) { return l[0], l.Len() }

func main() {
	PrintLedger(Ledger[string, int]{ID_: "fake", Amounts_: []int{1, 2, 3}, SumFn_: Sum[int]})
	PrintLedger(Ledger[string, complex128]{ID_: "cplx", Amounts_: []complex128{1i, 2}, SumFn_: Sum[complex128]})
	fmt.Println(firstOf(ints{4, 5}))
}
