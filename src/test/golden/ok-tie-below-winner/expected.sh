#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: c.plumb
set -eu
echo freebsd and bhyve
