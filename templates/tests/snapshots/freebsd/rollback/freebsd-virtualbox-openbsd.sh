#!/bin/sh
# plumb: petitecloud rollback host=freebsd hypervisor=virtualbox guest=openbsd
# from: virtualbox/rollback.plumb
set -eu
VBoxManage snapshot fbsd1 restore installed
