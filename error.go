package dyad

import (
	"errors"
	"fmt"
)

// Error codes returned by ErrorCode. They are stable and shown to users.
const (
	CodeInvalid        = "invalid"         // the input or a value is malformed
	CodeNotFound       = "not_found"       // the thing asked for does not exist
	CodeConflict       = "conflict"        // the request conflicts with stored state
	CodeUnauthorized   = "unauthorized"    // credentials are missing or wrong
	CodeTooLarge       = "too_large"       // the input exceeds a size limit
	CodeUnavailable    = "unavailable"     // a dependency cannot be reached
	CodeNotImplemented = "not_implemented" // the operation is not supported by this backend
	CodeInternal       = "internal"        // anything else: a bug or an unexpected failure
)

// Error is a user-facing error with a machine-readable code.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for a
// nil error, and CodeInternal for any other error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for errors that are not user-facing.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// ErrNotFound is returned by stores when a requested item does not exist.
var ErrNotFound = &Error{Code: CodeNotFound, Message: "not found"}
