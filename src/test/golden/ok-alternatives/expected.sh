#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve guest=openbsd
# from: b.plumb
set -eu
echo grub
