// The rest of package os (see os.go): files, on the run's own in-memory
// file system (crates/runtime/src/natives/fs.rs), with Go's *PathError
// values and texts. Loaded when a program imports os.
//
// Function bodies follow Go 1.27's os package (file.go, path.go,
// tempfile.go, types.go, dir.go; Copyright The Go Authors, BSD-style
// licence) where they are more than a call into the file system.
package os

import (
	"errors"
	"io"
	"io/fs"
	"strings"
	"syscall"
	"time"
)

func init() {
	fileIO = fileReadWrite
}

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// LinkError records an error during a link or symlink or rename
// system call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// The file system natives answer with an errno (0: success, -1: closed).
func fsOpen(name string, flag int, perm uint32) (fd int, errno int)
func fsClose(fd int) int
func fsRead(fd int, b []byte, off int64) (n int, errno int)
func fsWrite(fd int, b []byte, off int64) (n int, errno int)
func fsSeek(fd int, offset int64, whence int) (int64, int)
func fsStat(name string, fd int, follow bool) (size int64, mode uint32, mtime int64, ino uint64, errno int)
func fsReadDir(fd int, n int) ([]string, int)
func fsMkdir(name string, perm uint32) int
func fsRemove(name string) int
func fsRename(oldname, newname string) int
func fsTruncate(name string, size int64) int
func fsGetwd() string
func fsChdir(name string) int
func fsSymlink(oldname, newname string) int
func fsReadlink(name string) (string, int)
func fsLink(oldname, newname string) int

// errnoErr is the error for errno: ErrClosed, or a syscall.Errno.
func errnoErr(errno int) error {
	if errno == -1 {
		return ErrClosed
	}
	return syscall.Errno(errno)
}

func pathErr(op, path string, errno int) error {
	return &PathError{Op: op, Path: path, Err: errnoErr(errno)}
}

// fileReadWrite is File.Read and File.Write for the file system's files.
func fileReadWrite(f *File, b []byte, write bool) (int, error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if write {
		n, errno := fsWrite(f.fd, b, -1)
		if errno != 0 {
			return n, pathErr("write", f.name, errno)
		}
		return n, nil
	}
	n, errno := fsRead(f.fd, b, -1)
	if errno != 0 {
		return n, pathErr("read", f.name, errno)
	}
	if n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := fsOpen(name, flag, uint32(perm.Perm()))
	if errno != 0 {
		return nil, pathErr("open", name, errno)
	}
	return &File{fd, name}, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd <= 2 {
		return nil
	}
	if errno := fsClose(f.fd); errno != 0 {
		return pathErr("close", f.name, errno)
	}
	return nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := fsRead(f.fd, b, off)
		if errno != 0 {
			err = pathErr("read", f.name, errno)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, errno := fsWrite(f.fd, b, off)
	if errno != 0 {
		return n, pathErr("write", f.name, errno)
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write on file to offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	r, errno := fsSeek(f.fd, offset, whence)
	if errno != 0 {
		return 0, pathErr("seek", f.name, errno)
	}
	return r, nil
}

// Sync commits the current contents of the file (nothing to do in memory).
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if errno := fsTruncate(f.name, size); errno != 0 {
		return pathErr("truncate", f.name, errno)
	}
	return nil
}

// ReadFrom implements io.ReaderFrom (io.Copy into a file).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	return genericReadFrom(f, r)
}

func genericReadFrom(f *File, r io.Reader) (int64, error) {
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// fileWithoutReadFrom hides File.ReadFrom from io.Copy (os/file.go).
type fileWithoutReadFrom struct {
	*File
}

func (fileWithoutReadFrom) ReadFrom(fileWithoutReadFrom) {}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	size, mode, mtime, ino, errno := fsStat("", f.fd, true)
	if errno != 0 {
		return nil, pathErr("stat", f.name, errno)
	}
	return &fileStat{name: basename(f.name), size: size, mode: fileMode(mode), modTime: time.Unix(0, mtime), ino: ino}, nil
}

// A fileStat is the implementation of FileInfo returned by Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	ino     uint64 // the file system's node (Go: sys.Dev and sys.Ino)
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	return stat("stat", name)
}

// Lstat returns a [FileInfo] describing the named file.
// If the file is a symbolic link, the returned FileInfo
// describes the symbolic link. Lstat makes no attempt to follow the link.
// If there is an error, it will be of type [*PathError].
func Lstat(name string) (FileInfo, error) {
	return stat("lstat", name)
}

func stat(op, name string) (FileInfo, error) {
	size, mode, mtime, ino, errno := fsStat(name, -1, op == "stat")
	if errno != 0 {
		return nil, pathErr(op, name, errno)
	}
	return &fileStat{name: basename(name), size: size, mode: fileMode(mode), modTime: time.Unix(0, mtime), ino: ino}, nil
}

// SameFile reports whether fi1 and fi2 describe the same file.
// For example, on Unix this means that the device and inode fields
// of the two underlying structures are identical; on other systems
// the decision may be based on the path names.
// SameFile only applies to results returned by this package's [Stat].
// It returns false in other cases.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.ino == fs2.ino
}

// Symlink creates newname as a symbolic link to oldname.
// On Windows, a symlink to a non-existent oldname creates a file symlink;
// if oldname is later created as a directory the symlink will not work.
// If there is an error, it will be of type [*LinkError].
func Symlink(oldname, newname string) error {
	if errno := fsSymlink(oldname, newname); errno != 0 {
		return &LinkError{"symlink", oldname, newname, errnoErr(errno)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
// If there is an error, it will be of type [*PathError].
//
// If the link destination is relative, Readlink returns the relative path
// without resolving it to an absolute one.
func Readlink(name string) (string, error) {
	s, errno := fsReadlink(name)
	if errno != 0 {
		return "", pathErr("readlink", name, errno)
	}
	return s, nil
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	if errno := fsMkdir(name, uint32(perm.Perm())); errno != 0 {
		return pathErr("mkdir", name, errno)
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error.
func MkdirAll(path string, perm FileMode) error {
	// Fast path: if we can tell whether path is a directory or file, stop with success or error.
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}

	// Slow path: make sure parent exists and then call Mkdir for path.
	i := len(path) - 1
	for i >= 0 && IsPathSeparator(path[i]) {
		i--
	}
	for i >= 0 && !IsPathSeparator(path[i]) {
		i--
	}
	if i < 0 {
		i = 0
	}

	// If there is a parent directory, recurse to ensure parent directory exists.
	if parent := path[:i]; len(parent) > 0 {
		err = MkdirAll(parent, perm)
		if err != nil {
			return err
		}
	}

	// Parent now exists; invoke Mkdir and use its result.
	err = Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by
		// double-checking that directory doesn't exist.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if errno := fsRemove(name); errno != 0 {
		return pathErr("remove", name, errno)
	}
	return nil
}

// RemoveAll removes path and any children it contains. It removes
// everything it can but returns the first error it encounters. If the
// path does not exist, RemoveAll returns nil.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	fi, serr := Lstat(path)
	if serr != nil || !fi.IsDir() {
		return err
	}
	names, rerr := readDirNames(path)
	if rerr != nil {
		return rerr
	}
	var first error
	for _, n := range names {
		if err := RemoveAll(path + "/" + n); err != nil && first == nil {
			first = err
		}
	}
	if err := Remove(path); err != nil && first == nil && !IsNotExist(err) {
		first = err
	}
	return first
}

// endsWithDot reports whether the final component of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	if len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2]) {
		return true
	}
	return false
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if errno := fsRename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, errnoErr(errno)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if errno := fsTruncate(name, size); errno != 0 {
		return pathErr("truncate", name, errno)
	}
	return nil
}

// Getwd returns an absolute path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	return fsGetwd(), nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if errno := fsChdir(dir); errno != 0 {
		return pathErr("chdir", dir, errno)
	}
	return nil
}

// TempDir returns the default directory to use for temporary files.
func TempDir() string {
	return "/tmp"
}

// IsExist reports whether err is known to report that a file or directory
// already exists.
func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

// IsNotExist reports whether err is known to report that a file or
// directory does not exist.
func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

// IsPermission reports whether err is known to report that permission is denied.
func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

func underlyingErrorIs(err, target error) bool {
	// Note that this function is not errors.Is:
	// underlyingError only unwraps the specific error-wrapping types
	// that it historically did, not all errors implementing Unwrap().
	err = underlyingError(err)
	if err == target {
		return true
	}
	// To preserve prior behavior, only examine syscall errors.
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// underlyingError returns the underlying error for known os error types.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	}
	return err
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	if fi, err := Stat(name); err == nil && !fi.IsDir() {
		// Go opens directories with O_DIRECTORY.
		return nil, &PathError{Op: "open", Path: name, Err: syscall.ENOTDIR}
	}
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	return dirs, err
}

func readDirNames(name string) ([]string, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.Readdirnames(n)
	dirs := make([]DirEntry, 0, len(names))
	for _, nm := range names {
		info, lerr := Lstat(f.name + "/" + nm)
		if lerr != nil {
			continue
		}
		dirs = append(dirs, &dirEntry{info})
	}
	return dirs, err
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of FileInfo values.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.Readdirnames(n)
	infos := make([]FileInfo, 0, len(names))
	for _, nm := range names {
		info, lerr := Lstat(f.name + "/" + nm)
		if lerr != nil {
			continue
		}
		infos = append(infos, info)
	}
	return infos, err
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of names of files in the directory (up to n when
// n > 0, then io.EOF at the end).
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, errno := fsReadDir(f.fd, n)
	if errno != 0 {
		return nil, pathErr("readdirent", f.name, errno)
	}
	if n > 0 && len(names) == 0 {
		return nil, io.EOF
	}
	if names == nil {
		names = []string{}
	}
	return names, nil
}

// A dirEntry is a DirEntry from ReadDir (os/file_unix.go's unixDirent).
type dirEntry struct {
	info FileInfo
}

func (d *dirEntry) Name() string            { return d.info.Name() }
func (d *dirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *dirEntry) Info() (FileInfo, error) { return d.info, nil }
func (d *dirEntry) String() string          { return fs.FormatDirEntry(d) }

// MkdirTemp creates a new temporary directory in the directory dir and
// returns the pathname of the new directory.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// CreateTemp creates a new temporary file in the directory dir, opens it
// for reading and writing, and returns the resulting file.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern by the last wildcard "*", if applicable,
// returning prefix as the part before "*" and suffix as the part after "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	if pos := lastIndexByte(pattern, '*'); pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// randState makes temporary names; each run has its own file system, so
// a fixed sequence cannot collide with another program's files.
var randState uint32 = 2463534242

func nextRandom() string {
	randState ^= randState << 13
	randState ^= randState >> 17
	randState ^= randState << 5
	return uitoa(uint(randState))
}

func uitoa(v uint) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory dir.
//
// Note that DirFS("/prefix") only guarantees that the Open calls it makes to the
// operating system will begin with "/prefix": DirFS("/prefix").Open("file") is the
// same as os.Open("/prefix/file"). So if /prefix/file is a symbolic link pointing outside
// the /prefix tree, then using DirFS does not stop the access any more than using
// os.Open does. Additionally, the root of the fs.FS returned for a relative path,
// DirFS("prefix"), will be affected by later calls to Chdir. DirFS is therefore not
// a general substitute for a chroot-style security mechanism when the directory tree
// contains arbitrary content.
//
// Use [Root.FS] to obtain a fs.FS that prevents escapes from the tree via symbolic links.
//
// The directory dir must not be "".
//
// The result implements [io/fs.StatFS], [io/fs.ReadFileFS], [io/fs.ReadDirFS], and
// [io/fs.ReadLinkFS].
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

var _ fs.StatFS = dirFS("")
var _ fs.ReadFileFS = dirFS("")
var _ fs.ReadDirFS = dirFS("")

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		// DirFS takes a string appropriate for GOOS,
		// while the name argument here is always slash separated.
		// dir.join will have mixed the two; undo that for
		// error reporting.
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

// The ReadFile method calls the [ReadFile] function for the file
// with the given name in the directory. The function provides
// robust handling for small files and special file systems.
// Through this method, dirFS implements [io/fs.ReadFileFS].
func (dir dirFS) ReadFile(name string) ([]byte, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readfile", Path: name, Err: err}
	}
	b, err := ReadFile(fullname)
	if err != nil {
		if e, ok := err.(*PathError); ok {
			// See comment in dirFS.Open.
			e.Path = name
		}
		return nil, err
	}
	return b, nil
}

// ReadDir reads the named directory, returning all its directory entries sorted
// by filename. Through this method, dirFS implements [io/fs.ReadDirFS].
func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readdir", Path: name, Err: err}
	}
	entries, err := ReadDir(fullname)
	if err != nil {
		if e, ok := err.(*PathError); ok {
			// See comment in dirFS.Open.
			e.Path = name
		}
		return nil, err
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		// See comment in dirFS.Open.
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

func (dir dirFS) Lstat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	f, err := Lstat(fullname)
	if err != nil {
		// See comment in dirFS.Open.
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

func (dir dirFS) ReadLink(name string) (string, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return "", &PathError{Op: "readlink", Path: name, Err: err}
	}
	f, err := Readlink(fullname)
	if err != nil {
		// See comment in dirFS.Open.
		err.(*PathError).Path = name
		return "", err
	}
	return f, nil
}

// CopyFS copies the file system fsys into the directory dir,
// creating dir if necessary.
//
// Files are created with mode 0o666 plus any execute permissions
// from the source, and directories are created with mode 0o777
// (before umask).
//
// CopyFS will not overwrite existing files. If a file name in fsys
// already exists in the destination, CopyFS will return an error
// such that errors.Is(err, fs.ErrExist) will be true.
//
// Symbolic links in fsys are not supported. A *PathError with Err set
// to ErrInvalid is returned when copying from a symbolic link.
//
// Symbolic links in dir are followed.
//
// New files added to fsys (including if dir is a subdirectory of fsys)
// while CopyFS is running are not guaranteed to be copied.
//
// Copying stops at and returns the first error encountered.
func CopyFS(dir string, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}

		fpath, err := localizeName(path)
		if err != nil {
			return err
		}
		newPath := joinPath(dir, fpath)

		switch d.Type() {
		case ModeDir:
			return MkdirAll(newPath, 0777)
		case ModeSymlink:
			target, err := fs.ReadLink(fsys, path)
			if err != nil {
				return err
			}
			return Symlink(target, newPath)
		case 0:
			r, err := fsys.Open(path)
			if err != nil {
				return err
			}
			defer r.Close()
			info, err := r.Stat()
			if err != nil {
				return err
			}
			w, err := OpenFile(newPath, O_CREATE|O_EXCL|O_WRONLY, 0666|info.Mode()&0777)
			if err != nil {
				return err
			}

			if _, err := io.Copy(w, r); err != nil {
				w.Close()
				return &PathError{Op: "Copy", Path: newPath, Err: err}
			}
			return w.Close()
		default:
			return &PathError{Op: "CopyFS", Path: path, Err: ErrInvalid}
		}
	})
}

// Link creates newname as a hard link to the oldname file.
// If there is an error, it will be of type *LinkError.
func Link(oldname, newname string) error {
	if errno := fsLink(oldname, newname); errno != 0 {
		return &LinkError{"link", oldname, newname, errnoErr(errno)}
	}
	return nil
}

// join returns the path for name in dir.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	name, err := localizeName(name)
	if err != nil {
		return "", ErrInvalid
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}

// localizeName is internal/filepathlite.Localize on Unix.
func localizeName(path string) (string, error) {
	if !fs.ValidPath(path) || strings.IndexByte(path, 0) >= 0 {
		return "", errors.New("invalid path")
	}
	return path, nil
}

// LookupEnv returns the variable's value and whether it is set.
func LookupEnv(key string) (string, bool) {
	if !envIsSet(key) {
		return "", false
	}
	return Getenv(key), true
}

// Setenv sets a variable of the program's environment (the host's is
// never touched: the sandbox's environment is the run's own).
func Setenv(key, value string) error {
	if len(key) == 0 || strings.IndexByte(key, '=') >= 0 || strings.IndexByte(key, 0) >= 0 || strings.IndexByte(value, 0) >= 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	setenv(key, value)
	return nil
}

// Unsetenv unsets a variable of the program's environment.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func envIsSet(key string) bool
func setenv(key, value string)
func unsetenv(key string)

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// ---- From Go 1.27's os/env.go, file.go, file_posix.go, error.go and
// proc.go: Copyright The Go Authors, BSD-style licence (LICENSE-GO in
// crates/compiler/stdlib).

// Expand replaces ${var} or $var in the string based on the mapping function.
// For example, [os.ExpandEnv](s) is equivalent to [os.Expand](s, [os.Getenv]).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// ${} is all ASCII, so bytes are fine for this operation.
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Encountered invalid syntax; eat the
				// characters.
			} else if name == "" {
				// Valid syntax, but $ was not followed by a
				// name. Leave the dollar character untouched.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables. References to undefined
// variables are replaced by the empty string.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// isShellSpecialVar reports whether the character identifies a special
// shell variable such as $*.
func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// isAlphaNum reports whether the byte is an ASCII letter, number, or underscore.
func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name that begins the string and the number of bytes
// consumed to extract it. If the name is enclosed in {}, it's part of a ${}
// expansion and two more bytes are needed than the length of the name.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		// Scan to closing brace
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // Bad syntax; eat "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // Bad syntax; eat "${"
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	// Scan alphanumerics.
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// environ is the run's environment as KEY=VALUE strings (the sandbox's
// defaults, then the variables the run was given or set).
func environ() []string

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string { return environ() }

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				unsetenv(kv[:i])
				break
			}
		}
	}
}

// The sandbox runs the program as root, in process 4242 whose parent is 1
// (docs/divergences.md).

// Getuid returns the numeric user id of the caller.
func Getuid() int { return 0 }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return 0 }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return 0 }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return 0 }

// Getgroups returns a list of the numeric ids of groups that the caller belongs to.
func Getgroups() ([]int, error) { return []int{0}, nil }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return 1 }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Hostname returns the host name reported by the kernel: the sandbox's.
func Hostname() (name string, err error) { return "localhost", nil }

// Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// UserCacheDir returns the default root directory to use for user-specific
// cached data. On Unix systems, it returns $XDG_CACHE_HOME as specified by
// https://specifications.freedesktop.org/basedir-spec/basedir-spec-latest.html if
// non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	} else if !strings.HasPrefix(dir, "/") {
		return "", errors.New("path in $XDG_CACHE_HOME is relative")
	}
	return dir, nil
}

// UserConfigDir returns the default root directory to use for user-specific
// configuration data. On Unix systems, it returns $XDG_CONFIG_HOME as
// specified by
// https://specifications.freedesktop.org/basedir-spec/basedir-spec-latest.html if
// non-empty, else $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	} else if !strings.HasPrefix(dir, "/") {
		return "", errors.New("path in $XDG_CONFIG_HOME is relative")
	}
	return dir, nil
}

// UserHomeDir returns the current user's home directory.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

func fsChmod(name string, mode uint32) int
func fsChtimes(name string, mtime int64) int

// syscallMode returns the syscall-specific mode bits from Go's portable mode bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0o4000
	}
	if i&ModeSetgid != 0 {
		o |= 0o2000
	}
	if i&ModeSticky != 0 {
		o |= 0o1000
	}
	return
}

// Chmod changes the mode of the named file to mode.
// If the file is a symbolic link, it changes the mode of the link's target.
// If there is an error, it will be of type [*PathError].
func Chmod(name string, mode FileMode) error {
	if e := fsChmod(name, syscallMode(mode)); e != 0 {
		return pathErr("chmod", name, e)
	}
	return nil
}

// Chmod changes the mode of the file to mode.
// If there is an error, it will be of type [*PathError].
func (f *File) Chmod(mode FileMode) error {
	if f == nil {
		return ErrInvalid
	}
	if e := fsChmod(f.name, syscallMode(mode)); e != 0 {
		return pathErr("chmod", f.name, e)
	}
	return nil
}

// Chtimes changes the access and modification times of the named
// file, similar to the Unix utime() or utimes() functions.
// A zero time.Time value will leave the corresponding file time unchanged.
//
// The sandbox keeps modification times only.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if _, err := stat("chtimes", name); err != nil {
		return err
	}
	if mtime.IsZero() {
		return nil
	}
	if e := fsChtimes(name, mtime.UnixNano()); e != 0 {
		return pathErr("chtimes", name, e)
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file: the sandbox
// has one user, so it only checks that the file exists.
func Chown(name string, uid, gid int) error {
	if _, err := stat("chown", name); err != nil {
		return err
	}
	return nil
}

// Lchown is Chown (the sandbox has no symbolic links).
func Lchown(name string, uid, gid int) error {
	if _, err := stat("lchown", name); err != nil {
		return err
	}
	return nil
}

// IsTimeout returns a boolean indicating whether its argument is known
// to report that a timeout occurred.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

// fileMode is Go's FileMode for the file system's mode bits (ModeDir is
// the same bit; setuid, setgid and sticky move to Go's bits, as
// fillFileStatFromSys moves them).
func fileMode(m uint32) FileMode {
	mode := FileMode(m &^ 0o7000)
	if m&0o4000 != 0 {
		mode |= ModeSetuid
	}
	if m&0o2000 != 0 {
		mode |= ModeSetgid
	}
	if m&0o1000 != 0 {
		mode |= ModeSticky
	}
	return mode
}
