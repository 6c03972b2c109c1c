// Tests: bufio Scanner/Reader/Writer and fmt's Scan family, on strings and on an empty standard input.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "buffered line")
	fmt.Println("direct line")
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Fprintln(w, "stdin lines", lines, sc.Err())
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\tgamma\n delta"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Fprint(w, "[", ws.Text(), "]")
	}
	fmt.Fprintln(w)
	ls := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nlast"))
	for ls.Scan() {
		fmt.Fprintf(w, "%q ", ls.Text())
	}
	fmt.Fprintln(w)
	r := bufio.NewReader(strings.NewReader("one\ntwo\nthree"))
	for {
		s, err := r.ReadString('\n')
		fmt.Fprintf(w, "%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Fprintln(w, string(data), err)

	var n int
	c, err := fmt.Scan(&n)
	fmt.Fprintln(w, "Scan:", c, err, n)
	var a, b int
	var name string
	var f float64
	c, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Fprintln(w, c, err, a, b)
	c, err = fmt.Sscan("  bob 3.5\n 7", &name, &f, &a)
	fmt.Fprintln(w, c, err, name, f, a)
	c, err = fmt.Sscan("x", &a)
	fmt.Fprintln(w, c, err)
	c, err = fmt.Sscanln("1 2", &a)
	fmt.Fprintln(w, c, err, a)
	c, err = fmt.Sscan("5", &a, &b)
	fmt.Fprintln(w, c, err)
}
