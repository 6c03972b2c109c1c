package main

import (
	"fmt"
	"runtime"
	"strings"
)

// Each `//line` directive inside a function changes the file and line
// runtime.Caller reports from the next line on: a relative file is taken
// from the source file's folder, `//line :N` names no file (`??`), and
// `//line :N:C` keeps the file in effect.

func where() string {
	_, file, line, _ := runtime.Caller(1)
	if i := strings.LastIndex(file, "/"); i >= 0 && !strings.HasPrefix(file, "/abs/") {
		file = "DIR" + file[i:]
	}
	return fmt.Sprintf("%s:%d", file, line)
}

func main() {
	fmt.Println(strings.HasSuffix(where(), "line_directive_file_changes.go:23"))
//line gen.y:100
	fmt.Println(where())
	fmt.Println(where())
//line :7
	fmt.Println(where())
//line /abs/other.go:40
	fmt.Println(where())
//line :50:3
	fmt.Println(where())
//line rel/sub.go:60:1
	fmt.Println(where())
	helper()
}

func helper() {
	fmt.Println(where())
}
