-- What every script here does around its own steps: reads its task from the JSON file $PLUMB_E2E,
-- starts plumb lsp with the README's configuration, opens the task's template, runs the steps
-- (steps(task, buf, found)), writes what they found and any error as JSON to the task's "out" file,
-- then quits. Every wait of the steps is bounded; the Java test kills Neovim if it outlives its own
-- deadline.
return function(steps)
  local task = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv("PLUMB_E2E")), "\n"))
  local found = {}
  local ok, err = pcall(function()
    vim.g.plumb_lsp_cmd = task.cmd
    vim.g.plumb_vim_dir = task.vim_dir
    dofile(task.config)
    vim.cmd("edit " .. vim.fn.fnameescape(task.template))
    steps(task, vim.api.nvim_get_current_buf(), found)
  end)
  found.error = ok and vim.NIL or tostring(err)
  vim.fn.writefile({ vim.fn.json_encode(found) }, task.out)
  vim.cmd("qall!")
end
