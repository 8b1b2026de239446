-- The pandoc filter `plancheck render -o FILE.docx` runs (with reference.docx beside it): it turns
-- a briefing written in Markdown into the layout of GB/T 9704-2012 where styles alone cannot.
--
--   <!-- masthead --> … <!-- /masthead -->   the red 报头: its paragraphs are, in order, the
--       briefing's name, the issue (第6期), the issuing unit and the date; a red rule under them
--   <!-- closing --> … <!-- /closing -->     the 版记: one line per paragraph (报：…, 送：…, 发：…,
--       （共印20份）) between rules, in 4号 type; a line in （…） goes to the right
--   lists                                     paragraphs numbered （1）（2）… (no bullets)
--   tables                                    the full width, each column as wide as its longest
--                                             cell (a header may wrap onto two lines)
--   ```mermaid blocks                         left out: Word cannot draw them
--
-- The markers are HTML comments, so the Markdown reads the same on GitLab and GitHub.

local TEXT_WIDTH = 8844 -- twips: 156 mm, A4 less the 28 and 26 mm side margins

local function escape(text)
  return (text:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"))
end

local function run(text, font, size, options)
  options = options or {}
  local properties = string.format(
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>%s' ..
      '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>',
    font, options.bold and "<w:b/><w:bCs/>" or "", options.color or "000000", size, size)
  return string.format('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>', properties, escape(text))
end

local function paragraph(runs, options)
  options = options or {}
  -- In the order the OOXML schema wants: borders, tabs, spacing, indent, alignment.
  local properties = string.format(
    '%s%s<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="%s"/>' ..
      '<w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="%s"/>',
    options.borders or "", options.tabs or "", options.before or 0, options.after or 0, options.line or 579,
    options.rule or "exact", options.justify or "left")
  return string.format("<w:p><w:pPr>%s</w:pPr>%s</w:p>", properties, table.concat(runs))
end

local function marker(block)
  if block.t ~= "RawBlock" or block.format ~= "html" then return nil end
  return block.text:match("^<!%-%-%s*(/?[%w-]+)%s*%-%->%s*$")
end

local function lines_of(blocks)
  local lines = {}
  for _, block in ipairs(blocks) do
    if block.t ~= "HorizontalRule" then
      local text = pandoc.utils.stringify(block)
      if text ~= "" then table.insert(lines, text) end
    end
  end
  return lines
end

local function masthead(blocks)
  local lines = lines_of(blocks)
  local xml = {}
  local red = "C00000"
  if lines[1] then
    table.insert(xml, paragraph({ run(lines[1], "宋体", 72, { bold = true, color = red }) },
      { justify = "center", line = 1440, before = 240, after = 120 }))
  end
  if lines[2] then
    table.insert(xml, paragraph({ run(lines[2], "仿宋", 32) }, { justify = "center", after = 240 }))
  end
  local rule = string.format('<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="6" w:color="%s"/></w:pBdr>', red)
  local left, right = lines[3] or "", lines[4] or ""
  table.insert(xml, paragraph(
    { run(left, "仿宋", 32), "<w:r><w:tab/></w:r>", run(right, "仿宋", 32) },
    { borders = rule, tabs = string.format('<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>', TEXT_WIDTH),
      line = 400, rule = "auto" }))
  table.insert(xml, paragraph({}, {}))
  return pandoc.RawBlock("openxml", table.concat(xml))
end

local function closing(blocks)
  local lines = lines_of(blocks)
  local xml = {}
  local thin = '<w:%s w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
  for index, line in ipairs(lines) do
    local borders = ""
    if index == 1 then borders = borders .. thin:format("top") end
    if index == #lines then borders = borders .. thin:format("bottom") end
    if borders ~= "" then borders = "<w:pBdr>" .. borders .. "</w:pBdr>" end
    local right = line:match("^（.*）$") ~= nil
    table.insert(xml, paragraph({ run(line, "仿宋", 28) },
      { borders = borders, justify = right and "right" or "left", before = index == 1 and 579 or 0 }))
  end
  return pandoc.RawBlock("openxml", table.concat(xml))
end

-- The width of a text in columns of half a Chinese character.
local function display_width(text)
  local width = 0
  for _, code in utf8.codes(text) do width = width + (code < 0x1100 and 1 or 2) end
  return width
end

local function cell_width(cell)
  return display_width(pandoc.utils.stringify(cell.contents))
end

-- Columns of a table, in half-character columns of its 12 pt type, less the cell padding.
local TABLE_COLUMNS = 70

-- Each column gets at least its header in two lines and its short values unbroken; what is left
-- goes to the columns whose longest cell is wider than that, in proportion to the excess.
function Table(tbl)
  local least, wanted = {}, {}
  for column = 1, #tbl.colspecs do least[column], wanted[column] = 4, 4 end
  local function widen(column, width, shortest)
    least[column] = math.max(least[column], shortest)
    wanted[column] = math.max(wanted[column], width)
  end
  for _, row in ipairs(tbl.head.rows) do
    for column, cell in ipairs(row.cells) do
      local width = cell_width(cell)
      widen(column, width + 2, math.ceil(width / 4) * 2 + 2)
    end
  end
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do
      for column, cell in ipairs(row.cells) do
        local width = cell_width(cell)
        widen(column, width + 2, math.min(width, 8) + 2)
      end
    end
  end
  local least_total, wanted_total = 0, 0
  for column = 1, #wanted do
    least_total = least_total + least[column]
    wanted_total = wanted_total + wanted[column]
  end
  local widths = {}
  for column = 1, #wanted do
    if wanted_total <= TABLE_COLUMNS or wanted_total == least_total then
      widths[column] = wanted[column]
    else
      local spare = math.max(0, TABLE_COLUMNS - least_total)
      widths[column] = least[column] + spare * (wanted[column] - least[column]) / (wanted_total - least_total)
    end
  end
  local total = 0
  for _, width in ipairs(widths) do total = total + width end
  for column, spec in ipairs(tbl.colspecs) do tbl.colspecs[column] = { spec[1], widths[column] / total } end
  return tbl
end

local function numbered(items, label)
  local blocks = {}
  for number, item in ipairs(items) do
    for index, block in ipairs(item) do
      if index == 1 and (block.t == "Plain" or block.t == "Para") then
        local content = pandoc.List({ pandoc.Str(label(number)) })
        content:extend(block.content)
        table.insert(blocks, pandoc.Para(content))
      else
        table.insert(blocks, block)
      end
    end
  end
  return blocks
end

function BulletList(list)
  return numbered(list.content, function(number) return "（" .. number .. "）" end)
end

function OrderedList(list)
  local start = list.listAttributes and list.listAttributes.start or 1
  return numbered(list.content, function(number) return (start + number - 1) .. ". " end)
end

function CodeBlock(block)
  if block.classes:includes("mermaid") then return {} end
end

local regions = { masthead = masthead, closing = closing }

function Pandoc(document)
  local blocks, open, inside = {}, nil, {}
  for _, block in ipairs(document.blocks) do
    local name = marker(block)
    if name and regions[name] and not open then
      open, inside = name, {}
    elseif name and open and name == "/" .. open then
      table.insert(blocks, regions[open](inside))
      open = nil
    elseif open then
      table.insert(inside, block)
    elseif not name then
      table.insert(blocks, block)
    end
  end
  for _, block in ipairs(inside) do if open then table.insert(blocks, block) end end
  document.blocks = blocks
  return document
end
