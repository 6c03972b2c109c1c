// Tests: unrecovered panic with an error whose message spans lines gets tab-indented continuation.
package main

type ValidationErr struct{ fields []string }

func (v ValidationErr) Error() string {
	s := "validation failed:"
	for _, f := range v.fields {
		s += "\n  - " + f
	}
	return s
}

func main() {
	panic(ValidationErr{[]string{"name", "age"}})
}
