// Tests: encoding/csv: Reader (quotes, ReadAll, Read loop, Comma/Comment/FieldsPerRecord, ParseError texts) and Writer
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := csv.NewReader(strings.NewReader("a,b,c\n\"q,uoted\",\"x\"\"y\",z\n"))
	recs, err := r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err, errors.Is(err, csv.ErrFieldCount))
	var pe *csv.ParseError
	fmt.Println(errors.As(err, &pe), pe.StartLine, pe.Line, pe.Column)
	r = csv.NewReader(strings.NewReader("# comment\nx;y\n\n1;2\n"))
	r.Comma = ';'
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, col := r.FieldPos(1)
		fmt.Println(rec, err, line, col, r.InputOffset())
	}
	r = csv.NewReader(strings.NewReader("a b\"c,d\n"))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	fmt.Println(r.ReadAll())
	_, err = csv.NewReader(strings.NewReader("a b\"c,d\n")).Read()
	fmt.Println(err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"x", "y,z", "q\"uote", " lead", ""})
	w.WriteAll([][]string{{"1", "2"}, {"multi\nline"}})
	w.UseCRLF = true
	w.Write([]string{"crlf"})
	w.Flush()
	fmt.Println(w.Error())
}
