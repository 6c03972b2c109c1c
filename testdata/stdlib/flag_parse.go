// Tests: package flag (ported from Go): typed flags, FlagSet with ContinueOnError, parse errors, PrintDefaults, Visit order, custom Value and Func flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "how `many` times")
	name := fs.String("name", "world", "who to greet")
	d := fs.Duration("wait", time.Second, "a duration")
	v := fs.Bool("v", false, "verbose")
	u := fs.Uint64("big", 7, "an unsigned value")
	var tags list
	fs.Var(&tags, "tag", "a tag (repeatable)")
	var seen []string
	fs.Func("hook", "called with each value", func(s string) error {
		if s == "bad" {
			return errors.New("no bad hooks")
		}
		seen = append(seen, s)
		return nil
	})
	err := fs.Parse([]string{"-n", "5", "--name=gopher", "-wait", "1m30s", "-v", "-tag", "a", "-tag=b", "-hook", "x", "rest", "-n", "9"})
	fmt.Println(err, *n, *name, *d, *v, *u, tags, seen, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs.PrintDefaults()

	for _, args := range [][]string{{"-n", "x"}, {"-nope"}, {"-hook", "bad"}, {"-big", "-1"}, {"-h"}, {"-v=maybe"}} {
		g := flag.NewFlagSet("g", flag.ContinueOnError)
		g.SetOutput(os.Stdout)
		g.Int("n", 0, "a number")
		g.Bool("v", false, "verbose")
		g.Uint64("big", 0, "big")
		g.Func("hook", "hook", func(s string) error { return errors.New("no bad hooks") })
		err := g.Parse(args)
		fmt.Printf("%q -> %v (help: %v)\n", args, err, errors.Is(err, flag.ErrHelp))
	}
	fmt.Println(flag.Lookup("nothing") == nil, flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), flag.NArg())
}
