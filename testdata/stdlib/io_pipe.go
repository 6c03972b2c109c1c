// Tests: io.Pipe connects a writer goroutine to a reader; CloseWithError and writes after close
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := range 3 {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	fmt.Println(sc.Err())

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	b, err := io.ReadAll(pr2)
	fmt.Printf("%q %v\n", b, err)

	pr3, pw3 := io.Pipe()
	pr3.Close()
	n, err := pw3.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	_, err = pr3.Read(make([]byte, 1))
	fmt.Println(err)
}
