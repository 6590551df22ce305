-- The source file of NACE Rev. 2 spells section T "U0NDIFFERENTIATED"; databases loaded before the fix get it corrected.
update sector set name_en = replace(name_en, 'U0NDIFFERENTIATED', 'UNDIFFERENTIATED') where section = 'T';
