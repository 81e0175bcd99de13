#!/bin/sh
# plumb: petitecloud snapshot host=freebsd hypervisor=virtualbox guest=openbsd
# from: virtualbox/snapshot.plumb
set -eu
VBoxManage snapshot fbsd1 take installed
