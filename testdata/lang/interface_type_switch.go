// Tests: type switch with multiple types per case, nil case and default.
package main

import "fmt"

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "s", ID(7), fmt.Errorf("e"), 1.5, []int{}} {
		fmt.Println(classify(v))
	}
}
