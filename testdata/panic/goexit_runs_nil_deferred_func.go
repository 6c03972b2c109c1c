// Tests: runtime.Goexit runs a nil deferred func: the nil call faults in Goexit's own frame, which the traceback shows (runtime.Goexit is exported).
package main

import "runtime"

func f() {
	var nf func()
	defer nf()
	runtime.Goexit()
}

func main() {
	f()
}
