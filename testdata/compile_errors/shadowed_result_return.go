// Tests: compile error: a bare return while a result is shadowed
package main

func f() (err error) {
	if true {
		err := error(nil)
		_ = err
		return
	}
	return
}

func main() {
	f()
}
