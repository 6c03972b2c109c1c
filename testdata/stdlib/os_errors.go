// Tests: os errors are *fs.PathError / *os.LinkError with Go's texts; errors.Is with fs.ErrNotExist/ErrExist; IsNotExist/IsExist; closed files
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

var dir string

func show(what string, err error) {
	if err == nil {
		fmt.Println(what+":", "<nil>")
		return
	}
	var pe *fs.PathError
	isPE := errors.As(err, &pe)
	fmt.Printf("%s: %s | %T pathError=%v notExist=%v exist=%v\n", what, strings.ReplaceAll(err.Error(), dir, "$DIR"), err,
		isPE, errors.Is(err, fs.ErrNotExist), os.IsExist(err))
}

func main() {
	dir, _ = os.MkdirTemp("", "gostack-err")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/f", []byte("x"), 0o644)
	os.Mkdir(dir+"/d", 0o755)
	os.WriteFile(dir+"/d/x", nil, 0o644)

	_, err := os.Open(dir + "/nope")
	show("open missing", err)
	var pe *fs.PathError
	errors.As(err, &pe)
	fmt.Printf("%q %q %T %v\n", pe.Op, strings.ReplaceAll(pe.Path, dir, "$DIR"), pe.Err, pe.Unwrap())
	_, err = os.ReadFile(dir)
	show("read dir", err)
	show("mkdir exists", os.Mkdir(dir+"/d", 0o755))
	_, err = os.ReadDir(dir + "/f")
	show("readdir file", err)
	show("mkdir under file", os.Mkdir(dir+"/f/g", 0o755))
	show("mkdirall under file", os.MkdirAll(dir+"/f/g", 0o755))
	show("remove nonempty", os.Remove(dir+"/d"))
	show("remove missing", os.Remove(dir+"/nope"))
	show("rename missing", os.Rename(dir+"/nope", dir+"/x"))
	show("write missing dir", os.WriteFile(dir+"/nodir/x", nil, 0o644))
	_, err = os.Create(dir + "/d")
	show("create dir", err)
	_, err = os.OpenFile(dir+"/f", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	show("excl", err)
	_, err = os.Stat(dir + "/nope")
	show("stat", err)
	show("chdir", os.Chdir(dir+"/nope"))
	show("remove empty name", os.Remove(""))
	show("removeall missing", os.RemoveAll(dir+"/nope"))

	f, _ := os.Open(dir + "/f")
	_, err = f.Write([]byte("y"))
	show("write read-only", err)
	show("close", f.Close())
	_, err = f.Read(make([]byte, 1))
	show("read closed", err)
	show("close again", f.Close())
	_, err = f.Seek(0, 0)
	show("seek closed", err)
	var nf *os.File
	_, err = nf.Write(nil)
	show("nil file", err)
	fmt.Println(errors.Is(err, os.ErrInvalid))
}
