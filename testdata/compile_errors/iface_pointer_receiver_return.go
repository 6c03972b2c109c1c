// Tests: compile error: returning a value whose method has a pointer receiver
package main

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func get() Runner {
	return Job{}
}

func main() {
	get()
}
