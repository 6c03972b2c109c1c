// Tests: text/tabwriter: padding, AlignRight, Debug, TabIndent, DiscardEmptyColumns, FilterHTML, StripEscape
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbb\tc")
	fmt.Fprintln(w, "x\t\tyy")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintf(w, "Name\tAge\tCity\n")
	fmt.Fprintf(w, "Alexander\t30\tNew York\n")
	fmt.Fprintf(w, "Bo\t5\tLA\n\n")
	fmt.Fprintf(w, "after blank\tz\n")
	w.Flush()
	w = new(tabwriter.Writer)
	w.Init(os.Stdout, 0, 8, 0, '\t', tabwriter.TabIndent|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "\t\tindented\tx")
	fmt.Fprintln(w, "\t\tmore\ty")
	fmt.Fprintln(w, "<b>tag</b>\t\xff\xfeé\tz")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w, "\xffesc\taped\xff\ty\t")
	w.Flush()
}
