-- Drives Neovim against plumb lsp (around task.lua's steps): waits for the diagnostic of the
-- misspelt variable, looks at the colours and the completion function the configuration sets, asks
-- for a hover, a definition and a completion, types the fix and waits for the diagnostic to go.
local WAIT = 60000

local function column_of(buf, line, word)
  local text = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]
  return text:find(word, 1, true) - 1
end

local function request(buf, method, line, word, after)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = line, character = column_of(buf, line, word) + (after or 0) },
  }
  local answers = vim.lsp.buf_request_sync(buf, method, params, WAIT) or {}
  for _, answer in pairs(answers) do
    if answer.result then
      return answer.result
    end
  end
  return nil
end

local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":h")
dofile(here .. "/task.lua")(function(task, buf, found)
  -- the misspelt variable the file on disk holds
  found.reported = vim.wait(WAIT, function()
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  local diagnostic = vim.diagnostic.get(buf)[1]
  if diagnostic then
    found.diagnostic = {
      line = diagnostic.lnum,
      col = diagnostic.col,
      end_col = diagnostic.end_col,
      message = diagnostic.message,
      source = diagnostic.source,
    }
  end

  -- the highlight group the syntax gives a place, as the colour scheme sees it
  local function colour(line, word)
    local id = vim.fn.synID(line + 1, column_of(buf, line, word) + 1, 1)
    return vim.fn.synIDattr(vim.fn.synIDtrans(id), "name")
  end
  found.colours = {
    directive = colour(0, "%template"),
    hole = colour(task.hover_line, "{{"),
  }
  found.omnifunc = vim.bo[buf].omnifunc

  -- what completion offers after "vm." in the hole
  local completion = request(buf, "textDocument/completion", task.hover_line, task.hover_word, 3)
  found.completion = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do
    table.insert(found.completion, item.label)
  end

  local hover = request(buf, "textDocument/hover", task.hover_line, task.hover_word)
  found.hover = hover and hover.contents and hover.contents.value or vim.NIL

  local definition = request(buf, "textDocument/definition", task.hover_line, task.hover_word)
  if definition and definition[1] then
    found.definition = {
      file = vim.uri_to_fname(definition[1].uri),
      line = definition[1].range.start.line,
    }
  end

  -- the fix, typed and not saved
  vim.api.nvim_buf_set_lines(buf, task.fix_line, task.fix_line + 1, false, { task.fixed })
  found.cleared = vim.wait(WAIT, function()
    return #vim.diagnostic.get(buf) == 0
  end, 50)
end)
