// Tests: io/ioutil wrappers: ReadAll, ReadFile/WriteFile, ReadDir (sorted FileInfos), TempDir/TempFile, NopCloser, Discard
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	b, err := ioutil.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", b, err)
	dir, err := ioutil.TempDir("", "gostack-ioutil")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, n := range []string{"b.txt", "a.txt", "c.txt"} {
		if err := ioutil.WriteFile(dir+"/"+n, []byte(n+" body"), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir())
	}
	data, err := ioutil.ReadFile(dir + "/c.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(dir + "/missing")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))
	f, err := ioutil.TempFile(dir, "tmp*.log")
	fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/tmp"), strings.HasSuffix(f.Name(), ".log"))
	f.Close()
	_, err = ioutil.TempFile(dir, "bad/pattern")
	fmt.Println(err)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n, err := fmt.Fprint(ioutil.Discard, "dropped")
	fmt.Println(n, err)
}
