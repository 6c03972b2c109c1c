// Tests: panic inside a method called through an interface shows the method frame.
package main

type Runner interface{ Run(int) }
type Job struct{ name string }

func (j *Job) Run(n int) {
	if n > 1 {
		panic("job " + j.name + " failed")
	}
}

func main() {
	var r Runner = &Job{"build"}
	r.Run(1)
	r.Run(2)
}
