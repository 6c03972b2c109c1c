// Tests: os.Setenv, os.LookupEnv and os.Unsetenv change the program's own environment; invalid names are refused with setenv's error.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	v, ok := os.LookupEnv("GOSTACK_GOLDEN_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("GOSTACK_GOLDEN_VAR", "one"))
	v, ok = os.LookupEnv("GOSTACK_GOLDEN_VAR")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GOSTACK_GOLDEN_VAR"))
	os.Setenv("GOSTACK_GOLDEN_VAR", "")
	v, ok = os.LookupEnv("GOSTACK_GOLDEN_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("GOSTACK_GOLDEN_VAR"))
	v, ok = os.LookupEnv("GOSTACK_GOLDEN_VAR")
	fmt.Printf("%q %v\n", v, ok)
	for _, k := range []string{"", "A=B", "NUL\x00"} {
		err := os.Setenv(k, "x")
		var se *os.SyscallError
		fmt.Println(err, errors.As(err, &se), se.Syscall, errors.Is(err, os.ErrInvalid))
	}
	os.Setenv("HOME", "/nowhere")
	fmt.Println(os.Getenv("HOME"))
	os.Unsetenv("HOME")
	v, ok = os.LookupEnv("HOME")
	fmt.Printf("%q %v\n", v, ok)
}
