"""First names that mark a person as female (German-language press, common
international names).  Used only as one gender cue among titles (``-in``),
descriptions (``die 54-Jährige``) and Slavic surname endings."""

FEMALE_FIRST_NAMES = frozenset("""
Alexandra Alice Alina Aline Amelie Ana Andrea Angela Angelika Anja Anke Anna Annalena Anne Annegret Annette Anita Antje
Barbara Beate Bettina Birgit Brigitte Carina Carla Carmen Carola Caroline Charlotte Christa Christiane Christina Christine
Claudia Cornelia Dagmar Daniela Diana Doris Dorothea Edith Elena Elisabeth Elke Ella Emilia Emily Emma Erika Eva Franziska
Friederike Gabriele Gerda Gisela Hanna Hannah Heike Helene Helga Hildegard Ilse Ina Ines Ingrid Irina Iris Isabel Jana
Janine Jasmin Jennifer Jessica Johanna Judith Julia Juliane Jutta Karin Katarina Katarzyna Katharina Kathrin Katja Katrin
Kerstin Klara Kristina Laura Lea Lena Lina Lisa Luise Magdalena Maja Manuela Margarete Margit Maria Marie Marina Marion
Marlene Martina Melanie Mia Michaela Monika Nadine Nadja Natalia Natalie Nicole Nina Olga Petra Renate Rita Ruth Sabine
Sahra Sandra Sara Sarah Saskia Silke Simone Sofia Sophie Stefanie Susanne Svenja Swetlana Tanja Tatjana Theresa Ulla
Ulrike Ursula Ute Valentina Valerie Vera Verena Veronika Viktoria Yvonne Zeynep Ayşe Fatma Elif Emine Leyla Nancy Kamala
Hillary Giorgia Marine Ségolène Christine Theresa Liz Mette Sanna Jacinda Olena Julija Maia Ilham Aylin Ricarda Katarina
Adelheid Agnes Alma Amalia Amanda Anastasia Anika Anneliese Annika Antonia Astrid Bärbel Beatrix Bernadette Bianca Birte
Brigitta Britta Cäcilia Cecilia Celina Chantal Chiara Christel Clara Constanze Corinna Cosima Dana Denise Dilek Dora Dörte
Dunja Edeltraud Eleonore Elfriede Elina Elisa Elvira Erna Esther Eveline Evelyn Fabienne Felicitas Franka Frauke Frieda
Gabi Gertrud Gesine Gina Greta Gudrun Hanne Hannelore Hedwig Heidi Heidrun Helena Henriette Herta Hertha Hilde Ida Ilona
Imke Inge Ingeborg Irene Irmgard Isabell Isabella Isabelle Jacqueline Janina Jeanette Jeannette Josefine Josephine Julie
Karla Karoline Kathleen Katherine Kirsten Konstanze Lara Larissa Leni Leonie Lieselotte Lilli Linda Liane Lore Lotte Lucia
Luisa Lydia Madeleine Maike Mareike Margot Margret Margarethe Mariam Marianne Marija Marta Martha Mathilde Meike Melissa
Mirjam Miriam Nathalie Nele Nora Paula Pauline Rebecca Rebekka Regina Rosa Rosemarie Roswitha Sibylle Sieglinde Sigrid
Silvia Sonja Stephanie Susanna Sybille Tamara Tina Uta Vanessa Waltraud Wiebke Wilma Xenia
Agnieszka Beata Bożena Danuta Dorota Ewa Halina Jadwiga Joanna Krystyna Małgorzata Zofia Zuzana Jelena Ljudmila Natalja
Tatiana Oksana Darja Daria Yulia Marija Alessandra Elisabetta Emanuela Federica Francesca Giulia Paola Roberta Pilar
Dolores Mercedes Emmanuelle Sylvie Catherine Valérie Agnès Élisabeth Hélène Margrethe Kaja Kersti Ingrida Dalia Tarja Helle
Priyanka Benazir Indira Yingluck Golda Tzipi Hanan Mariana Dilma Cristina Michelle Melania Ivanka Nikki Elizabeth Margaret
Condoleezza Meral Serap Canan Derya Emel Filiz Gülten Hatice Hülya Nilüfer Özlem Sevim Songül Ayla Aysel Aynur Fatima
Amina Aisha Layla Leila Rania Samira Yasmin Zainab Malala Svetlana Viktória
""".split())

# Lower-case particles inside personal names; "bin" is also a German verb form.
NAME_PARTICLES = frozenset("bin ben ibn bint al el ould van von vom zu de da del della di dos du la le ter ten".split())
