#!/bin/sh
# plumb: vmtest start host=linux hypervisor=qemu
# from: start.plumb
set -eu
echo starting web1
